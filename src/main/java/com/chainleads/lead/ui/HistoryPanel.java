package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.service.HandoverRow;
import com.chainleads.lead.service.LeadActivity;
import com.chainleads.lead.service.StageChangeRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The stage history of a lead (who moved it, when, why) and its handovers. */
class HistoryPanel extends VerticalLayout {

    final Grid<StageChangeRow> stages = new Grid<>();
    final Grid<HandoverRow> handovers = new Grid<>();

    HistoryPanel(LeadActivity leads, long leadId) {
        setPadding(false);
        Locale locale = getLocale();
        stages.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        stages.setAllRowsVisible(true);
        stages.addColumn(row -> Formats.dateTime(row.changedAt()))
                .setHeader(getTranslation("lead.history.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(row -> row.fromStage() == null
                        ? getTranslation("lead.history.created")
                        : getTranslation(row.fromStage().translationKey()))
                .setHeader(getTranslation("lead.history.from"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(LeadLabels.<StageChangeRow>stageBadgeRenderer(this, StageChangeRow::toStage))
                .setHeader(getTranslation("lead.history.to"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(StageChangeRow::changedByName)
                .setHeader(getTranslation("lead.history.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(row -> Objects.requireNonNullElse(row.comment(), ""))
                .setHeader(getTranslation("lead.history.comment"));
        stages.setItems(leads.stageHistory(leadId));

        List<HandoverRow> handoverRows = leads.handovers(leadId);
        handovers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        handovers.setAllRowsVisible(true);
        handovers
                .addColumn(row -> Formats.dateTime(row.handedOverAt()))
                .setHeader(getTranslation("lead.history.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        handovers
                .addColumn(row -> getTranslation(
                        "lead.history.handover",
                        row.fromOwnerName(),
                        row.fromUnit(locale),
                        row.toOwnerName(),
                        row.toUnit(locale)))
                .setHeader(getTranslation("lead.history.handovers"));
        handovers
                .addColumn(HandoverRow::handedOverByName)
                .setHeader(getTranslation("lead.history.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        handovers
                .addColumn(row -> Objects.requireNonNullElse(row.reason(), ""))
                .setHeader(getTranslation("lead.field.reason"));
        handovers.setItems(handoverRows);
        add(stages);
        if (!handoverRows.isEmpty()) {
            add(new H4(getTranslation("lead.history.handovers")), handovers);
        }
    }
}
