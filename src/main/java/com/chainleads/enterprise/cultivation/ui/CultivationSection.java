package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.enterprise.cultivation.domain.PointsModel;
import com.chainleads.enterprise.cultivation.domain.TierCriteria;
import com.chainleads.enterprise.cultivation.service.FirmCultivation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The firm page's 培育与积分 tab: the next tier with each criterion met or missing and by how much, then the firm's
 * 创新积分, its rank in the district and its sector, and the points per indicator.
 */
public class CultivationSection extends VerticalLayout {

    final Paragraph nextTier = new Paragraph();
    final UnorderedList criteria = new UnorderedList();
    final Paragraph points = new Paragraph();
    final Grid<PointsModel.Line> breakdown = new Grid<>();

    public CultivationSection() {
        setPadding(false);
        criteria.addClassName("cl-criteria");
        breakdown.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        breakdown.setAllRowsVisible(true);
        var group = breakdown
                .addColumn(l -> getTranslation(l.indicator().group().translationKey()))
                .setHeader(getTranslation("cultivation.field.group"))
                .setAutoWidth(true);
        breakdown
                .addColumn(l -> getTranslation(l.indicator().translationKey()))
                .setHeader(getTranslation("cultivation.field.indicator"))
                .setKey("indicator")
                .setFlexGrow(2);
        breakdown
                .addColumn(l -> l.value() == null ? "—" : CriterionText.plain(l.value()))
                .setHeader(getTranslation("cultivation.field.value"))
                .setAutoWidth(true);
        breakdown
                .addColumn(l -> CriterionText.plain(l.points()) + " / " + CriterionText.plain(l.cap()))
                .setHeader(getTranslation("cultivation.field.pointsOfCap"))
                .setKey("points")
                .setAutoWidth(true);
        com.chainleads.base.ui.NarrowScreen.hideWhenNarrow(this, group);
        add(
                new H3(getTranslation("cultivation.section.next")),
                nextTier,
                criteria,
                new H3(getTranslation("cultivation.section.points")),
                points,
                breakdown);
    }

    public void show(FirmCultivation firm) {
        criteria.removeAll();
        if (firm.nextTier() == null) {
            nextTier.setText(getTranslation("cultivation.next.top"));
        } else {
            nextTier.setText(getTranslation(
                    "cultivation.next.text",
                    getTranslation(firm.nextTier().translationKey()),
                    firm.met(),
                    firm.criteria().size(),
                    firm.year() == null ? getTranslation("cultivation.next.noFigures") : String.valueOf(firm.year())));
            for (TierCriteria.Result result : firm.criteria()) {
                Span icon = new Span(result.met() ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create());
                icon.getStyle()
                        .set("color", result.met() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                ListItem item = new ListItem(icon, new Span(" " + CriterionText.of(result, this::getTranslation)));
                item.addClassName(result.met() ? "cl-criterion-met" : "cl-criterion-missing");
                criteria.add(item);
            }
        }
        points.setText(getTranslation(
                "cultivation.points.text",
                CriterionText.plain(firm.points().total()),
                firm.districtRank(),
                firm.districtFirms(),
                firm.sectorRank(),
                firm.sectorFirms()));
        breakdown.setItems(firm.points().lines());
    }

    /** Visible for tests: the criteria as the user reads them. */
    public java.util.List<String> criteriaTexts() {
        return criteria.getChildren()
                .map(c -> c.getElement().getTextRecursively().strip())
                .toList();
    }
}
