package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.service.AuditChange;
import com.chainleads.lead.service.AuditRow;
import com.chainleads.lead.service.LeadActivity;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log (变更记录) in words: "李明 修改了 线索 — 总投资：5,000.00 万元 → 8,000.00 万元". A lead's log only
 * grows, so its entries are drawn in the browser, one grid row each, never as components.
 */
class ChangeLogPanel extends VerticalLayout {

    /** One entry: when, who did what, and a line per changed field. Lit bindings are text, never HTML. */
    static final String ENTRY = """
            <div class="cl-change-entry">
              <span class="cl-change-when">${item.when}</span>
              <span class="cl-change-what">${item.what}</span>
              <ul>${item.lines.map(line => html`<li>${line}</li>`)}</ul>
            </div>""";

    final Grid<AuditRow> entries = new Grid<>();

    ChangeLogPanel(LeadActivity leads, long leadId) {
        setPadding(false);
        setSpacing(false);
        addClassName("cl-change-log");
        List<AuditRow> rows = leads.changeLog(leadId);
        if (rows.isEmpty()) {
            add(FollowUpsPanel.empty(getTranslation("lead.audit.empty")));
            return;
        }
        ChangeLogFormatter formatter = new ChangeLogFormatter(this, getLocale());
        entries.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        entries.addColumn(LitRenderer.<AuditRow>of(ENTRY)
                        .withProperty("when", row -> Formats.dateTime(row.occurredAt()))
                        .withProperty(
                                "what",
                                row -> getTranslation(
                                        "lead.audit.line",
                                        row.actorName(),
                                        getTranslation(row.action().translationKey()),
                                        getTranslation(row.subject().translationKey())))
                        .withProperty("lines", row -> lines(formatter, row)))
                .setKey("entry");
        entries.setItems(rows);
        add(entries);
    }

    private List<String> lines(ChangeLogFormatter formatter, AuditRow row) {
        List<String> lines = new ArrayList<>();
        for (AuditChange change : row.changes()) {
            lines.add(formatter.line(change, row.action() == AuditAction.CREATE));
        }
        if (row.note() != null) {
            lines.add(getTranslation("lead.audit.note", row.note()));
        }
        return lines;
    }
}
