package com.chainleads.coordination.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Notifications;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.service.CoordinationService;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.coordination.service.IssueConflictException;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.IssueDraft;
import com.chainleads.coordination.service.IssueHistoryRow;
import com.chainleads.coordination.service.LeadIssues;
import com.chainleads.coordination.service.ProgressDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The 问题清单 tab of a signed project: its coordination issues, open first, each with its status, the red 逾期 flag
 * when past its deadline, the department's reply, the latest 批示 and its history; and the forms to raise, edit,
 * work (move, reply, close), instruct and re-open — each in a dialog, each its own component. A refused save keeps
 * the dialog and what was typed; when someone else changed the issue meanwhile, the list shows their change and the
 * form may be saved again on top of it.
 */
class LeadIssuesPanel extends VerticalLayout {

    final Button raise = new Button();
    final Div list = new Div();
    final Paragraph attention = new Paragraph();

    private final CoordinationService coordination;
    private final DepartmentService departments;
    private final Clock clock;
    private final long leadId;
    private LeadIssues current;
    Dialog dialog;

    LeadIssuesPanel(CoordinationService coordination, DepartmentService departments, Clock clock, LeadIssues issues) {
        this.coordination = coordination;
        this.departments = departments;
        this.clock = clock;
        this.leadId = issues.leadId();
        setPadding(false);
        addClassName("cl-lead-issues");
        raise.setText(getTranslation("coordination.action.raise"));
        raise.setIcon(VaadinIcon.PLUS.create());
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.addClickListener(e -> openRaise());
        attention.addClassName("cl-issue-attention");
        list.addClassName("cl-issue-list");
        list.setWidthFull();
        add(attention, raise, list);
        show(issues);
    }

    private void show(LeadIssues issues) {
        current = issues;
        raise.setVisible(issues.canRaise());
        long overdue = issues.overdueCount();
        attention.setText(getTranslation("coordination.tab.attention", overdue));
        attention.setVisible(overdue > 0);
        list.removeAll();
        if (issues.issues().isEmpty()) {
            list.add(new Paragraph(getTranslation("coordination.tab.empty")));
        }
        for (IssueDetails issue : issues.issues()) {
            list.add(card(issue));
        }
    }

    private void refresh() {
        show(coordination.issuesOf(leadId));
        // the tab's label counts the open and overdue issues: keep it in step with the list
        TabSheet sheet = findAncestor(TabSheet.class);
        Tab tab = sheet == null ? null : sheet.getTab(this);
        if (tab != null) {
            tab.setLabel(label(this, current));
            tab.setClassName("cl-tab-attention", current.overdueCount() > 0);
        }
    }

    /** The tab's label: the open issues, and how many of them are overdue. */
    static String label(Component context, LeadIssues issues) {
        long overdue = issues.overdueCount();
        return overdue > 0
                ? context.getTranslation("coordination.tab.labelOverdue", issues.openCount(), overdue)
                : context.getTranslation("coordination.tab.label", issues.openCount());
    }

    private Div card(IssueDetails issue) {
        Div card = new Div();
        card.addClassName("cl-issue-card");
        if (issue.overdue()) {
            card.addClassName("cl-issue-card-overdue");
        }
        card.getElement().setAttribute("data-issue", Long.toString(issue.id()));
        Div badges = new Div(
                new Span(getTranslation(issue.type().translationKey())), IssueLabels.statusBadge(this, issue.status()));
        if (issue.overdue()) {
            badges.add(IssueLabels.overdueFlag(this, issue.daysOverdue()));
        }
        badges.addClassName("cl-issue-badges");
        card.add(badges);
        card.add(line(getTranslation(
                "coordination.card.department", issue.departmentName(getLocale()), Formats.date(issue.deadline()))));
        Div description = line(issue.description());
        description.addClassName("cl-issue-description");
        card.add(description);
        card.add(line(
                getTranslation("coordination.card.raised", issue.raisedByName(), Formats.dateTime(issue.raisedAt()))));
        if (issue.reply() != null) {
            card.add(line(getTranslation("coordination.card.reply", issue.reply())));
        }
        if (issue.closedByName() != null) {
            card.add(line(getTranslation(
                    "coordination.card.closed", issue.closedByName(), Formats.dateTime(issue.closedAt()))));
        }
        if (issue.instruction() != null) {
            Div instruction = line(getTranslation(
                    "coordination.card.instruction",
                    issue.instructedByName(),
                    Formats.dateTime(issue.instructedAt()),
                    issue.instruction()));
            instruction.addClassName("cl-issue-instruction");
            card.add(instruction);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("cl-issue-actions");
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        boolean open = issue.status().isOpen();
        if (current.canWork() && open) {
            actions.add(action("coordination.action.progress", "progress", () -> openProgress(issue)));
            actions.add(action("coordination.action.edit", "edit", () -> openEdit(issue)));
        }
        if (current.canSupervise()) {
            actions.add(action(
                    "coordination.action.instruct", "instruct", () -> openNote(issue, NoteForm.Purpose.INSTRUCT)));
            if (issue.status().canReopen()) {
                actions.add(
                        action("coordination.action.reopen", "reopen", () -> openNote(issue, NoteForm.Purpose.REOPEN)));
            }
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        Details history = new Details(
                getTranslation("coordination.card.history", issue.history().size()));
        history.addClassName("cl-issue-history");
        for (IssueHistoryRow row : issue.history()) {
            history.add(line(historyText(row)));
        }
        card.add(history);
        return card;
    }

    private String historyText(IssueHistoryRow row) {
        String what = getTranslation(
                row.kind().translationKey(),
                row.fromStatus() == null ? "" : getTranslation(row.fromStatus().translationKey()),
                getTranslation(row.toStatus().translationKey()));
        String text = Formats.dateTime(row.at()) + " " + row.byName() + " · " + what;
        return row.note() == null ? text : text + ": " + row.note();
    }

    private Button action(String key, String name, Runnable run) {
        Button button = new Button(getTranslation(key), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("data-action", name);
        return button;
    }

    private static Div line(String text) {
        Div line = new Div();
        line.setText(text);
        line.addClassName("cl-issue-line");
        return line;
    }

    // ---- the dialogs ---------------------------------------------------------------------------------------

    private void openRaise() {
        IssueForm form = new IssueForm(departments.active(), LocalDate.now(clock), null);
        form.setDraft(new IssueDraft());
        Dialog opened = open("coordination.dialog.raise", form);
        form.addCancelListener(e -> opened.close());
        form.addSaveListener(e -> submit(opened, form::showProblems, () -> coordination.raise(leadId, e.draft())));
    }

    private void openEdit(IssueDetails issue) {
        List<DepartmentRow> choices = new ArrayList<>(departments.active());
        if (choices.stream().noneMatch(d -> d.id() == issue.departmentId())) {
            departments.all().stream()
                    .filter(d -> d.id() == issue.departmentId())
                    .forEach(choices::add);
        }
        IssueForm form = new IssueForm(choices, LocalDate.now(clock), issue.deadline());
        form.setDraft(issue.toDraft());
        Dialog opened = open("coordination.dialog.edit", form);
        long[] version = {issue.version()};
        form.addCancelListener(e -> opened.close());
        form.addSaveListener(e -> submitVersioned(
                opened, form::showProblems, issue.id(), version, v -> coordination.edit(issue.id(), v, e.draft())));
    }

    private void openProgress(IssueDetails issue) {
        ProgressForm form = new ProgressForm(issue.status());
        form.setDraft(new ProgressDraft(
                issue.status() == IssueStatus.ASSIGNED ? IssueStatus.IN_PROGRESS : issue.status(), issue.reply()));
        Dialog opened = open("coordination.dialog.progress", form);
        long[] version = {issue.version()};
        form.addCancelListener(e -> opened.close());
        form.addSaveListener(e -> submitVersioned(
                opened, form::showProblems, issue.id(), version, v -> coordination.progress(issue.id(), v, e.draft())));
    }

    private void openNote(IssueDetails issue, NoteForm.Purpose purpose) {
        NoteForm form = new NoteForm(purpose);
        Dialog opened = open(
                purpose == NoteForm.Purpose.INSTRUCT ? "coordination.dialog.instruct" : "coordination.dialog.reopen",
                form);
        long[] version = {issue.version()};
        form.addCancelListener(e -> opened.close());
        form.addSaveListener(e -> submitVersioned(
                opened,
                form::showProblems,
                issue.id(),
                version,
                v -> purpose == NoteForm.Purpose.INSTRUCT
                        ? coordination.instruct(issue.id(), v, e.text())
                        : coordination.reopen(issue.id(), v, e.text())));
    }

    private Dialog open(String titleKey, Component form) {
        Dialog opened = new Dialog(form);
        opened.setHeaderTitle(getTranslation(titleKey));
        opened.setWidth("min(40em, 100vw)");
        opened.addClassName("cl-issue-dialog");
        opened.open();
        dialog = opened;
        return opened;
    }

    private void submit(Dialog opened, Function<List<FieldProblem>, List<FieldProblem>> showProblems, Runnable save) {
        try {
            save.run();
            opened.close();
            Notifications.success(getTranslation("coordination.saved"));
            refresh();
        } catch (ValidationException invalid) {
            showUnplaced(showProblems.apply(invalid.problems()));
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    /**
     * Saves against the version the user saw. Someone else's change in between is refused: the dialog stays with
     * what was typed, the list behind shows the other change, and a second save goes on top of it.
     */
    private void submitVersioned(
            Dialog opened,
            Function<List<FieldProblem>, List<FieldProblem>> showProblems,
            long issueId,
            long[] version,
            java.util.function.LongFunction<IssueDetails> save) {
        try {
            save.apply(version[0]);
            opened.close();
            Notifications.success(getTranslation("coordination.saved"));
            refresh();
        } catch (ValidationException invalid) {
            showUnplaced(showProblems.apply(invalid.problems()));
        } catch (IssueConflictException conflict) {
            conflict(issueId, version, conflict.changedBy(), Formats.dateTime(conflict.changedAt()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            conflict(issueId, version, "?", "");
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    private void conflict(long issueId, long[] version, String by, String at) {
        Notifications.error(getTranslation("coordination.error.conflictKept", by, at));
        LeadIssues fresh = coordination.issuesOf(leadId);
        fresh.issues().stream().filter(i -> i.id() == issueId).findFirst().ifPresent(i -> version[0] = i.version());
        show(fresh);
    }

    private void showUnplaced(List<FieldProblem> unplaced) {
        if (unplaced.isEmpty()) {
            Notifications.error(getTranslation("coordination.error.fixFields"));
        } else {
            Notifications.error(unplaced.stream()
                    .map(p -> getTranslation(p.messageKey(), p.args()))
                    .collect(Collectors.joining(" ")));
        }
    }
}
