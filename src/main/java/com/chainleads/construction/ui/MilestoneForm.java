package com.chainleads.construction.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.construction.service.EvidenceRow;
import com.chainleads.construction.service.MilestoneDraft;
import com.chainleads.construction.service.NewEvidence;
import com.chainleads.construction.service.PlanLine;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of the plan: planned date, actual date, a note and evidence files (photos from the phone's camera
 * or gallery, PDF files). The files wait in the form until it is saved; the server decides what they are. Fires
 * {@link SaveEvent}, {@link ClearEvent} (remove the milestone's entries), {@link RemoveEvidenceEvent} and
 * {@link CancelEvent}. Whatever was typed stays when the server refuses the save.
 */
public class MilestoneForm extends VerticalLayout {

    /** The bean the form edits. */
    public static class Data {
        private @Nullable LocalDate plannedOn;
        private @Nullable LocalDate actualOn;
        private String note = "";

        public @Nullable LocalDate getPlannedOn() {
            return plannedOn;
        }

        public void setPlannedOn(@Nullable LocalDate plannedOn) {
            this.plannedOn = plannedOn;
        }

        public @Nullable LocalDate getActualOn() {
            return actualOn;
        }

        public void setActualOn(@Nullable LocalDate actualOn) {
            this.actualOn = actualOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note == null ? "" : note;
        }
    }

    final DatePicker plannedOn = new DatePicker();
    final DatePicker actualOn = new DatePicker();
    final TextArea note = new TextArea();
    final Upload upload = new Upload();
    final Div pending = new Div();
    final Div existing = new Div();
    final Span evidenceMessage = new Span();
    final Span formMessage = new Span();
    final Button save = new Button();
    final Button clear = new Button();
    final Button cancel = new Button();

    private final Binder<Data> binder = new Binder<>(Data.class);
    private final Data data = new Data();
    private final List<NewEvidence> files = new ArrayList<>();
    private final PlanLine line;

    public MilestoneForm(PlanLine line, long maxUploadBytes) {
        this.line = line;
        setPadding(false);
        addClassName("cl-milestone-form");
        plannedOn.setLabel(getTranslation("construction.field.plannedOn"));
        actualOn.setLabel(getTranslation("construction.field.actualOn"));
        actualOn.setHelperText(getTranslation("construction.field.actualOnHelp"));
        for (DatePicker picker : List.of(plannedOn, actualOn)) {
            picker.setI18n(DatePickers.i18n(getLocale()));
            picker.setClearButtonVisible(true);
            // on a phone the calendar opens from its button; typing a date does not cover the form with it
            picker.setAutoOpen(false);
            picker.addValueChangeListener(e -> picker.setInvalid(false));
        }
        note.setLabel(getTranslation("construction.field.note"));
        note.setMaxLength(500);
        binder.bind(plannedOn, Data::getPlannedOn, Data::setPlannedOn);
        binder.bind(actualOn, Data::getActualOn, Data::setActualOn);
        binder.bind(note, Data::getNote, Data::setNote);
        data.setPlannedOn(line.plannedOn());
        data.setActualOn(line.actualOn());
        data.setNote(line.note());
        binder.readBean(data);

        configureUpload(maxUploadBytes);
        Span evidenceLabel = new Span(getTranslation("construction.field.evidence"));
        evidenceLabel.addClassName("cl-field-label");
        Span evidenceHelp = new Span(getTranslation("construction.evidence.help", maxUploadBytes / (1024 * 1024)));
        evidenceHelp.addClassName("cl-card-detail");
        evidenceMessage.addClassName("cl-field-error");
        evidenceMessage.setVisible(false);
        existing.addClassName("cl-evidence-list");
        pending.addClassName("cl-evidence-pending");
        showExisting(line.evidence());
        Div evidence = new Div(evidenceLabel, existing, upload, pending, evidenceHelp, evidenceMessage);
        evidence.addClassName("cl-milestone-evidence");

        FormLayout fields = new FormLayout(plannedOn, actualOn, note, evidence);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        fields.setColspan(note, 2);
        fields.setColspan(evidence, 2);

        formMessage.addClassName("cl-field-error");
        formMessage.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        clear.setText(getTranslation("construction.milestone.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        clear.setVisible(line.milestoneId() != null);
        clear.addClickListener(e -> fireEvent(new ClearEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, clear);
        buttons.setWrap(true);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(fields, formMessage, buttons);
    }

    private void configureUpload(long maxBytes) {
        upload.setUploadHandler(new EvidenceUploadHandler(maxBytes, new EvidenceUploadHandler.Receiver() {
            @Override
            public void received(String fileName, byte[] bytes) {
                files.add(new NewEvidence(fileName, bytes));
                evidenceMessage.setVisible(false);
                showPending();
            }

            @Override
            public void tooLarge(String fileName) {
                showEvidenceMessage(getTranslation("construction.evidence.error.tooLarge", maxBytes / (1024 * 1024)));
            }
        }));
        // the phone offers its camera and gallery for images, and files for PDFs
        upload.setAcceptedFileTypes("image/*", "application/pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(10);
        upload.setDropAllowed(true);
        upload.setId("milestone-upload");
        upload.addFileRejectedListener(e -> showEvidenceMessage(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("construction.evidence.add"))
                .setMany(getTranslation("construction.evidence.add")));
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("construction.evidence.drop"))
                .setMany(getTranslation("construction.evidence.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("construction.evidence.error.tooMany"))
                .setFileIsTooBig(getTranslation("construction.evidence.error.tooLarge", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("construction.evidence.error.type")));
        upload.setI18n(texts);
    }

    private void showExisting(List<EvidenceRow> rows) {
        existing.removeAll();
        for (EvidenceRow row : rows) {
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("construction.evidence.remove", row.fileName()));
            remove.addClickListener(e -> fireEvent(new RemoveEvidenceEvent(this, row)));
            Div item = new Div(EvidenceLinks.link(row), remove);
            item.addClassName("cl-evidence-item");
            existing.add(item);
        }
    }

    private void showPending() {
        pending.removeAll();
        for (NewEvidence file : List.copyOf(files)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("construction.evidence.remove", file.fileName()));
            remove.addClickListener(e -> {
                files.remove(file);
                showPending();
            });
            Span name = new Span(getTranslation("construction.evidence.pending", file.fileName()));
            Div chip = new Div(VaadinIcon.PAPERCLIP.create(), name, remove);
            chip.addClassName("cl-evidence-chip");
            pending.add(chip);
        }
    }

    private void save() {
        formMessage.setVisible(false);
        evidenceMessage.setVisible(false);
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, draft()));
        }
    }

    MilestoneDraft draft() {
        return new MilestoneDraft(
                line.kindId(),
                line.milestoneId(),
                line.version(),
                data.getPlannedOn(),
                data.getActualOn(),
                data.getNote(),
                List.copyOf(files));
    }

    /** Files received and not yet saved (for tests and the dialog's leave check). */
    List<NewEvidence> pendingFiles() {
        return List.copyOf(files);
    }

    void addPendingFile(NewEvidence file) {
        files.add(file);
        showPending();
    }

    /** Shows the server's refusals at their fields; what was typed and uploaded stays. */
    public void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            showProblem(problem.field(), ConstructionTexts.problem(this, problem));
        }
    }

    public void showProblem(@Nullable String field, String message) {
        if ("evidence".equals(field)) {
            showEvidenceMessage(message);
        } else if (!FieldErrors.show(
                Map.of("plannedOn", plannedOn, "actualOn", actualOn, "note", note), field, message)) {
            formMessage.setText(message);
            formMessage.setVisible(true);
        }
    }

    private void showEvidenceMessage(String message) {
        evidenceMessage.setText(message);
        evidenceMessage.setVisible(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public Registration addClearListener(ComponentEventListener<ClearEvent> listener) {
        return addListener(ClearEvent.class, listener);
    }

    public Registration addRemoveEvidenceListener(ComponentEventListener<RemoveEvidenceEvent> listener) {
        return addListener(RemoveEvidenceEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<MilestoneForm> {
        private final MilestoneDraft draft;

        SaveEvent(MilestoneForm source, MilestoneDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public MilestoneDraft draft() {
            return draft;
        }
    }

    public static final class CancelEvent extends ComponentEvent<MilestoneForm> {
        CancelEvent(MilestoneForm source) {
            super(source, false);
        }
    }

    public static final class ClearEvent extends ComponentEvent<MilestoneForm> {
        ClearEvent(MilestoneForm source) {
            super(source, false);
        }
    }

    public static final class RemoveEvidenceEvent extends ComponentEvent<MilestoneForm> {
        private final EvidenceRow evidence;

        RemoveEvidenceEvent(MilestoneForm source, EvidenceRow evidence) {
            super(source, false);
            this.evidence = evidence;
        }

        public EvidenceRow evidence() {
            return evidence;
        }
    }
}
