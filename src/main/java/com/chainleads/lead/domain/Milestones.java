package com.chainleads.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 项目节点: the dates the project is expected to and did reach after signing — start of construction (开工) and of
 * production (投产), planned and actual — and when it is expected to sign. Shown in the form's progress section.
 * The planned and actual dates have stage rules ({@code LeadRules}: required from a stage on, an actual date not in
 * the future, each not before the one it follows) and are set by stage changes too, so they stay explicit; the
 * signing date, its amount and the funds received stay on {@link Lead}, where the summaries read them.
 *
 * <p>To add a plain date field: a column here with its accessors, its descriptor in {@link #DATE_FIELDS}, a
 * Liquibase change and the two {@code lead.field.<name>} lines; see README "Adding a lead field".
 */
@Embeddable
public class Milestones {

    /** 预计签约日期: when the officer expects the contract to be signed, for the leaders' forecast. */
    public static final LeadDateField EXPECTED_SIGNING_ON = LeadDateField.date(
            "expectedSigningOn",
            "expected_signing_on",
            Lead::getMilestones,
            Milestones::getExpectedSigningOn,
            Milestones::setExpectedSigningOn);

    /** The group's plain date fields, in the order of the form, the spreadsheet and the history. */
    public static final List<LeadDateField> DATE_FIELDS = List.of(EXPECTED_SIGNING_ON);

    @Column(name = "expected_signing_on")
    private @Nullable LocalDate expectedSigningOn;

    @Column(name = "planned_start_on")
    private @Nullable LocalDate plannedStartOn;

    @Column(name = "actual_start_on")
    private @Nullable LocalDate actualStartOn;

    @Column(name = "planned_production_on")
    private @Nullable LocalDate plannedProductionOn;

    @Column(name = "actual_production_on")
    private @Nullable LocalDate actualProductionOn;

    public @Nullable LocalDate getExpectedSigningOn() {
        return expectedSigningOn;
    }

    public void setExpectedSigningOn(@Nullable LocalDate expectedSigningOn) {
        this.expectedSigningOn = expectedSigningOn;
    }

    public @Nullable LocalDate getPlannedStartOn() {
        return plannedStartOn;
    }

    public void setPlannedStartOn(@Nullable LocalDate plannedStartOn) {
        this.plannedStartOn = plannedStartOn;
    }

    public @Nullable LocalDate getActualStartOn() {
        return actualStartOn;
    }

    public void setActualStartOn(@Nullable LocalDate actualStartOn) {
        this.actualStartOn = actualStartOn;
    }

    public @Nullable LocalDate getPlannedProductionOn() {
        return plannedProductionOn;
    }

    public void setPlannedProductionOn(@Nullable LocalDate plannedProductionOn) {
        this.plannedProductionOn = plannedProductionOn;
    }

    public @Nullable LocalDate getActualProductionOn() {
        return actualProductionOn;
    }

    public void setActualProductionOn(@Nullable LocalDate actualProductionOn) {
        this.actualProductionOn = actualProductionOn;
    }
}
