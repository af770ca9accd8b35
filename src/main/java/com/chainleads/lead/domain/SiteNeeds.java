package com.chainleads.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 选址需求: what the project needs from the district — land, floor space, the park or building it wants and the
 * matters the government has to help with. Shown in the form's site section.
 *
 * <p>To add a plain text or number field: a column here with its accessors, its descriptor in {@link #TEXT_FIELDS}
 * or {@link #NUMBER_FIELDS}, a Liquibase change and the two {@code lead.field.<name>} lines; see README "Adding a lead field".
 */
@Embeddable
public class SiteNeeds {

    public static final LeadTextField TARGET_PARK = LeadTextField.text(
            "targetPark",
            "target_park",
            200,
            20,
            Lead::getSiteNeeds,
            SiteNeeds::getTargetPark,
            SiteNeeds::setTargetPark);
    public static final LeadTextField COORDINATION_ITEMS = LeadTextField.multiline(
            "coordinationItems",
            "coordination_items",
            2000,
            30,
            Lead::getSiteNeeds,
            SiteNeeds::getCoordinationItems,
            SiteNeeds::setCoordinationItems);

    /** The group's plain text fields, in the order of the form, the spreadsheet and the history. */
    public static final List<LeadTextField> TEXT_FIELDS = List.of(TARGET_PARK, COORDINATION_ITEMS);

    public static final LeadNumberField LAND_MU = LeadNumberField.decimal(
            "landMu",
            "land_mu",
            LeadNumberField.Measure.AREA_MU,
            12,
            Lead::getSiteNeeds,
            SiteNeeds::getLandMu,
            SiteNeeds::setLandMu);
    public static final LeadNumberField FLOOR_SPACE_SQM = LeadNumberField.decimal(
            "floorSpaceSqm",
            "floor_space_sqm",
            LeadNumberField.Measure.AREA_SQM,
            14,
            Lead::getSiteNeeds,
            SiteNeeds::getFloorSpaceSqm,
            SiteNeeds::setFloorSpaceSqm);

    /** The group's plain number fields, shown before its text fields. */
    public static final List<LeadNumberField> NUMBER_FIELDS = List.of(LAND_MU, FLOOR_SPACE_SQM);

    /** 亩. */
    @Column(name = "land_mu", precision = 12, scale = 2)
    private @Nullable BigDecimal landMu;

    /** ㎡. */
    @Column(name = "floor_space_sqm", precision = 14, scale = 2)
    private @Nullable BigDecimal floorSpaceSqm;

    @Column(name = "target_park", length = 200)
    private @Nullable String targetPark;

    @Column(name = "coordination_items", length = 2000)
    private @Nullable String coordinationItems;

    public @Nullable BigDecimal getLandMu() {
        return landMu;
    }

    public void setLandMu(@Nullable BigDecimal landMu) {
        this.landMu = landMu;
    }

    public @Nullable BigDecimal getFloorSpaceSqm() {
        return floorSpaceSqm;
    }

    public void setFloorSpaceSqm(@Nullable BigDecimal floorSpaceSqm) {
        this.floorSpaceSqm = floorSpaceSqm;
    }

    public @Nullable String getTargetPark() {
        return targetPark;
    }

    public void setTargetPark(@Nullable String targetPark) {
        this.targetPark = targetPark;
    }

    public @Nullable String getCoordinationItems() {
        return coordinationItems;
    }

    public void setCoordinationItems(@Nullable String coordinationItems) {
        this.coordinationItems = coordinationItems;
    }
}
