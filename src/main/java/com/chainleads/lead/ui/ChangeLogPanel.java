package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.service.AuditChange;
import com.chainleads.lead.service.AuditRow;
import com.chainleads.lead.service.LeadService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The change log (变更记录) in words: "李明 修改了 线索 — 总投资：5,000.00 万元 → 8,000.00 万元". */
class ChangeLogPanel extends VerticalLayout {

    ChangeLogPanel(LeadService leads, long leadId) {
        setPadding(false);
        setSpacing(false);
        addClassName("cl-change-log");
        ChangeLogFormatter formatter = new ChangeLogFormatter(this, getLocale());
        List<AuditRow> rows = leads.changeLog(leadId);
        if (rows.isEmpty()) {
            add(FollowUpsPanel.empty(getTranslation("lead.audit.empty")));
        }
        for (AuditRow row : rows) {
            Span when = new Span(Formats.dateTime(row.occurredAt()));
            when.addClassName("cl-change-when");
            Span what = new Span(getTranslation("lead.audit.line", row.actorName(),
                    getTranslation(row.action().translationKey()), getTranslation(row.subject().translationKey())));
            what.addClassName("cl-change-what");
            UnorderedList details = new UnorderedList();
            for (AuditChange change : row.changes()) {
                details.add(new ListItem(formatter.line(change, row.action() == AuditAction.CREATE)));
            }
            if (row.note() != null) {
                details.add(new ListItem(getTranslation("lead.audit.note", row.note())));
            }
            Div entry = new Div(when, what, details);
            entry.addClassName("cl-change-entry");
            add(entry);
        }
    }
}
