package com.chainleads.lead.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.GridColumns;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.FollowUpDraftFields;
import com.chainleads.lead.service.FollowUpRow;
import com.chainleads.lead.service.LeadActivity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The follow-up log (跟进记录) of a lead, newest first, with adding, editing and deleting entries. */
class FollowUpsPanel extends VerticalLayout {

    /**
     * Edit and delete of an entry, drawn in the browser (no components per row). The icon buttons look as Flow
     * draws {@code new Button(icon)}: theme {@code icon}, spaced as in a {@code HorizontalLayout}.
     */
    static final String ACTIONS = """
            <vaadin-horizontal-layout theme="spacing">
              <vaadin-button theme="tertiary-inline icon" aria-label="${item.editLabel}" @click="${edit}">
                <vaadin-icon icon="vaadin:edit"></vaadin-icon>
              </vaadin-button>
              <vaadin-button theme="tertiary-inline error icon" aria-label="${item.deleteLabel}" @click="${remove}">
                <vaadin-icon icon="vaadin:trash"></vaadin-icon>
              </vaadin-button>
            </vaadin-horizontal-layout>""";

    /**
     * An entry as a card, for narrow screens (issue 13, point 6): the content gets the whole width instead of a
     * column two characters wide.
     */
    static final String CARD = """
            <div class="cl-follow-up-card">
              <div class="cl-follow-up-card-head">${item.head}</div>
              <div class="cl-follow-up-card-content">${item.content}</div>
              ${item.nextStep ? html`<div class="cl-follow-up-card-next">${item.nextStep}</div>` : ''}
              ${item.next ? html`<div class="cl-follow-up-card-next">${item.next}</div>` : ''}
            </div>""";

    final Grid<FollowUpRow> grid = new Grid<>();
    final Button add = new Button();
    private final Grid.Column<FollowUpRow> peopleMet;
    private final Grid.Column<FollowUpRow> nextStep;
    final Grid.Column<FollowUpRow> cardColumn;
    private boolean narrow;

    private final transient LeadActivity leads;
    private final long leadId;
    private final boolean editable;
    private final LocalDate today;
    private final Runnable onChange;

    FollowUpsPanel(LeadActivity leads, long leadId, boolean editable, Clock clock, Runnable onChange) {
        this.leads = leads;
        this.leadId = leadId;
        this.editable = editable;
        this.today = LocalDate.now(clock);
        this.onChange = onChange;
        setPadding(false);
        add.setText(getTranslation("lead.followUp.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(editable);
        add.addClickListener(e -> {
            FollowUpDraft draft = new FollowUpDraft();
            draft.setFollowUpOn(today);
            open(draft, null);
        });
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> Formats.date(row.followUpOn()))
                .setHeader(getTranslation("lead.field.followUpOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.method().translationKey()))
                .setHeader(getTranslation("lead.field.method"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        peopleMet = grid.addColumn(row -> Objects.requireNonNullElse(row.peopleMet(), ""))
                .setHeader(getTranslation("lead.field.peopleMet"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(FollowUpRow::content)
                .setKey("content")
                .setHeader(getTranslation("lead.field.content"))
                .setWidth("16rem")
                .setFlexGrow(4);
        nextStep = grid.addColumn(row -> Objects.requireNonNullElse(row.nextStep(), ""))
                .setHeader(getTranslation("lead.field.nextStep"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(row -> Formats.date(row.nextFollowUpOn()))
                .setHeader(getTranslation("lead.field.nextFollowUpOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FollowUpRow::authorName)
                .setHeader(getTranslation("lead.followUp.author"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (editable) {
            String editLabel = getTranslation("lead.followUp.edit");
            String deleteLabel = getTranslation("lead.followUp.delete");
            grid.addColumn(LitRenderer.<FollowUpRow>of(ACTIONS)
                            .withProperty("editLabel", row -> editLabel)
                            .withProperty("deleteLabel", row -> deleteLabel)
                            .withFunction("edit", this::edit)
                            .withFunction("remove", this::confirmDelete))
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        Locale locale = getLocale();
        String nextStepLabel = getTranslation("lead.field.nextStep");
        String nextLabel = getTranslation("lead.field.nextFollowUpOn");
        cardColumn = grid.addColumn(LitRenderer.<FollowUpRow>of(CARD)
                        .withProperty(
                                "head",
                                row -> String.join(
                                        " · ",
                                        java.util.stream.Stream.of(
                                                        Formats.date(row.followUpOn()),
                                                        getTranslation(
                                                                row.method().translationKey()),
                                                        row.peopleMet(),
                                                        row.authorName())
                                                .filter(part -> part != null && !part.isBlank())
                                                .toList()))
                        .withProperty("content", FollowUpRow::content)
                        .withProperty(
                                "nextStep",
                                row -> row.nextStep() == null || row.nextStep().isBlank()
                                        ? null
                                        : Formats.labelValue(locale, nextStepLabel, row.nextStep()))
                        .withProperty(
                                "next",
                                row -> row.nextFollowUpOn() == null
                                        ? null
                                        : Formats.labelValue(locale, nextLabel, Formats.date(row.nextFollowUpOn()))))
                .setKey("card")
                .setHeader(getTranslation("lead.field.content"))
                .setFlexGrow(1);
        grid.setColumnOrder(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(cardColumn),
                        grid.getColumns().stream().filter(c -> c != cardColumn))
                .toList());
        GridColumns.setShown(cardColumn, false);
        NarrowScreen.track(this, this::showAsCards);
        grid.setEmptyStateText(getTranslation("lead.followUp.empty"));
        add(add, grid);
        refresh();
    }

    /** Opens the entry in the follow-up dialog. */
    void edit(FollowUpRow row) {
        open(FollowUpDraftFields.of(row), row);
    }

    private void open(FollowUpDraft draft, @Nullable FollowUpRow existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "lead.followUp.add" : "lead.followUp.edit"));
        dialog.setWidth("min(640px, 100vw)");
        FollowUpForm form = new FollowUpForm(today);
        form.setFollowUp(draft);
        Editing editing = new Editing(dialog, form, existing);
        form.addSaveListener(e -> save(editing, e.draft()));
        Button save = new Button(getTranslation("action.save"), e -> form.save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** An open follow-up dialog and the stored entry its input is based on (none for a new one). */
    private static final class Editing {
        final Dialog dialog;
        final FollowUpForm form;

        @Nullable
        FollowUpRow basedOn;

        Editing(Dialog dialog, FollowUpForm form, @Nullable FollowUpRow basedOn) {
            this.dialog = dialog;
            this.form = form;
            this.basedOn = basedOn;
        }
    }

    private void save(Editing editing, FollowUpDraft draft) {
        FollowUpRow basedOn = editing.basedOn;
        try {
            if (basedOn == null) {
                leads.addFollowUp(leadId, draft);
            } else {
                leads.updateFollowUp(basedOn.id(), basedOn.version(), draft);
            }
            editing.dialog.close();
            Notifications.success(getTranslation("lead.followUp.saved"));
            refresh();
            onChange.run();
        } catch (ValidationException invalid) {
            editing.form.showProblems(invalid.problems());
        } catch (OptimisticLockingFailureException conflict) {
            if (basedOn == null) {
                throw conflict;
            }
            showConflict(editing, basedOn, draft);
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    /**
     * Someone changed the entry while the dialog was open: their changes stay, the user's go on top, and a field
     * both changed is the user's choice (see {@link MergeDialog}).
     */
    private void showConflict(Editing editing, FollowUpRow loaded, FollowUpDraft mine) {
        FollowUpRow latest = leads.followUps(leadId).stream()
                .filter(row -> row.id() == loaded.id())
                .findFirst()
                .orElse(null);
        if (latest == null) {
            Notifications.error(getTranslation("merge.gone"));
            editing.dialog.close();
            refresh();
            onChange.run();
            return;
        }
        ThreeWayMerge.Result<FollowUpDraft> merge =
                FollowUpDraftFields.merge(FollowUpDraftFields.of(loaded), mine, FollowUpDraftFields.of(latest));
        if (!MergeDialog.needed(merge)) {
            editing.basedOn = latest;
            save(editing, merge.resolve(java.util.Map.of()));
            return;
        }
        new MergeDialog<>(
                        getTranslation("merge.intro"),
                        merge,
                        field -> getTranslation("lead.field." + field),
                        this::describe,
                        merged -> {
                            editing.basedOn = latest;
                            editing.form.setFollowUp(merged);
                            save(editing, merged);
                        },
                        () -> {
                            editing.basedOn = latest;
                            editing.form.setFollowUp(FollowUpDraftFields.of(latest));
                        })
                .open();
    }

    /** A follow-up field's value as the user reads it. */
    private String describe(FollowUpDraft draft, String field) {
        return switch (field) {
            case "followUpOn" -> Formats.date(draft.getFollowUpOn());
            case "nextFollowUpOn" -> Formats.date(draft.getNextFollowUpOn());
            case "method" ->
                draft.getMethod() == null
                        ? ""
                        : getTranslation(draft.getMethod().translationKey());
            case "peopleMet" -> draft.getPeopleMet();
            case "content" -> draft.getContent();
            case "nextStep" -> draft.getNextStep();
            default -> "";
        };
    }

    void confirmDelete(FollowUpRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setText(getTranslation("lead.followUp.deleteConfirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("lead.followUp.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            leads.deleteFollowUp(row.id(), row.version());
            refresh();
            onChange.run();
        });
        confirm.open();
    }

    void refresh() {
        rows = leads.followUps(leadId);
        grid.setItems(rows);
        showColumns();
    }

    private java.util.List<FollowUpRow> rows = java.util.List.of();

    /** On a narrow screen the card column (and the actions) alone; else the columns, without empty ones. */
    void showAsCards(boolean narrow) {
        this.narrow = narrow;
        showColumns();
    }

    private void showColumns() {
        for (Grid.Column<FollowUpRow> column : grid.getColumns()) {
            boolean actions = "actions".equals(column.getKey());
            GridColumns.setShown(column, actions || (column == cardColumn) == narrow);
        }
        if (!narrow) {
            // a column nobody filled in takes no room from the content
            GridColumns.setShown(
                    peopleMet,
                    rows.stream()
                            .anyMatch(
                                    r -> r.peopleMet() != null && !r.peopleMet().isBlank()));
            GridColumns.setShown(
                    nextStep,
                    rows.stream()
                            .anyMatch(r -> r.nextStep() != null && !r.nextStep().isBlank()));
        }
    }

    static Div empty(String text) {
        Div empty = new Div(new Span(text));
        empty.addClassName("cl-empty");
        return empty;
    }
}
