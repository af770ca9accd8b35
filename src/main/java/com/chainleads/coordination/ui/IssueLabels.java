package com.chainleads.coordination.ui;

import com.chainleads.coordination.domain.IssueStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The badges of an issue: its status, and the red 逾期 flag of an open issue past its deadline. */
final class IssueLabels {

    /** The flag as a grid cell draws it, with no component per row. */
    static final String OVERDUE_CELL = """
            ${item.overdue ? html`<span theme="badge error primary small" class="cl-issue-overdue">${item.flag}</span> ` : ''}\
            <span>${item.deadline}</span>""";

    static final String STATUS_CELL = """
            <span theme="${item.statusTheme}" data-status="${item.status}">${item.statusLabel}</span>""";

    private IssueLabels() {}

    static String statusTheme(IssueStatus status) {
        return switch (status) {
            case ASSIGNED -> "badge contrast small";
            case IN_PROGRESS -> "badge small";
            case DONE -> "badge success small";
        };
    }

    static Span statusBadge(Component context, IssueStatus status) {
        Span badge = new Span(context.getTranslation(status.translationKey()));
        badge.getElement().setAttribute("theme", statusTheme(status));
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    static Span overdueFlag(Component context, long days) {
        Span flag = new Span(context.getTranslation("coordination.overdue.days", days));
        flag.getElement().setAttribute("theme", "badge error primary small");
        flag.addClassName("cl-issue-overdue");
        return flag;
    }
}
