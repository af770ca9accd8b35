package com.chainleads.transfer.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Notifications;
import com.chainleads.transfer.cell.Localized;
import com.chainleads.transfer.cell.Problem;
import com.chainleads.transfer.service.ImportCancelledException;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportMode;
import com.chainleads.transfer.service.ImportOutcome;
import com.chainleads.transfer.service.ImportPreview;
import com.chainleads.transfer.service.ImportProgress;
import com.chainleads.transfer.service.ImportRequest;
import com.chainleads.transfer.service.ImportService;
import com.chainleads.transfer.service.ImportTask;
import com.chainleads.transfer.service.PassResult;
import com.chainleads.transfer.service.RowProblem;
import com.chainleads.transfer.xlsx.XlsxRejectedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.shared.Registration;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import, step by step, for any {@link ImportDefinition}: download the template, choose the mode
 * (全部导入 / 仅导入有效行), upload an .xlsx, watch it being checked, read the problems by row and column,
 * confirm, watch it being imported, read the result and download the rows to fix. Checking and importing run
 * on a worker thread; progress arrives by server push, and the page stays usable (a running step can be
 * cancelled). Leaving the page cancels a check; an import already confirmed runs to its end.
 *
 * <p>Size: one component per wizard, because its steps share one running import, its push updates and its
 * cancellation; the steps are short methods of it rather than classes that would pass that state around.
 */
public class ImportWizard<T> extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportWizard.class);

    /** Where the wizard stands. */
    enum Step {
        READY,
        CHECKING,
        PREVIEW,
        IMPORTING,
        DONE
    }

    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final Anchor templateDownload;
    final Div fileMessage = new Div();

    final Div progressBox = new Div();
    final Span progressText = new Span();
    final ProgressBar progressBar = new ProgressBar();
    final Button cancel = new Button();

    final Div previewBox = new Div();
    final Span summary = new Span();
    final Span ignoredColumns = new Span();
    final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);
    final Span problemsNote = new Span();
    /** What valid rows will do that the user should know (e.g. update a stored record); they import as usual. */
    final Grid<RowProblem> notes = new Grid<>(RowProblem.class, false);

    final Span notesTitle = new Span();
    final Div reportSlot = new Div();
    final Span applyHint = new Span();
    final Button confirm = new Button();
    final Button startOver = new Button();

    final Div resultBox = new Div();
    final Span resultText = new Span();
    final Div resultReportSlot = new Div();
    final Button again = new Button();

    /** Under the progress of an import: it goes on when the page is left, and the bell tells the result. */
    final Paragraph backgroundNote = new Paragraph();
    /** Above the progress when the page was opened while an import of the user's was running. */
    final Paragraph runningNote = new Paragraph();

    private final ImportService service;
    private final ImportDefinition<T> definition;
    private @Nullable Runnable stopFollowing;
    private final List<Path> workFiles = new ArrayList<>();

    private Step step = Step.READY;
    private @Nullable Path uploaded;
    private String fileName = "";
    private @Nullable ImportPreview preview;
    private @Nullable ImportTask<?> running;
    private volatile boolean applying;
    private boolean detached;
    private boolean rejected;

    public ImportWizard(ImportService service, ImportDefinition<T> definition) {
        this.service = service;
        this.definition = definition;
        addClassName("cl-import");
        setPadding(false);
        Locale locale = getLocale();
        String title = getTranslation(definition.titleKey());

        if (definition.noticeKey() != null) {
            Paragraph notice = new Paragraph(getTranslation(definition.noticeKey()));
            notice.addClassName("cl-import-notice");
            add(notice);
        }

        String templateName = getTranslation("transfer.template.fileName", title); // no UI in the download request
        templateDownload = Downloads.button(
                getTranslation("transfer.import.template"),
                Downloads.xlsx(() -> templateName, out -> service.writeTemplate(definition, locale, out)));
        templateDownload.setId("import-template");
        add(section(
                "1",
                getTranslation("transfer.import.step.template"),
                new Paragraph(getTranslation("transfer.import.step.templateHelp")),
                templateDownload));

        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.translationKey()));
        mode.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            Div label = new Div(new Span(getTranslation(m.translationKey())));
            Span help = new Span(getTranslation(m.translationKey() + ".help"));
            help.addClassName("cl-import-mode-help");
            label.add(help);
            return label;
        }));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.addValueChangeListener(e -> updateApplyState());
        mode.setId("import-mode");
        add(section("2", getTranslation("transfer.import.step.mode"), mode));

        configureUpload();
        fileMessage.addClassName("cl-import-file-message");
        fileMessage.setVisible(false);
        Paragraph limits = new Paragraph(getTranslation(
                "transfer.import.limits",
                XlsxUploadHandler.megabytes(service.limits().maxSize().toBytes()),
                number(service.limits().maxRows())));
        limits.addClassName("cl-import-limits");
        add(section("3", getTranslation("transfer.import.step.upload"), limits, upload, fileMessage));

        configureProgress();
        configurePreview();
        configureResult();
        add(progressBox, previewBox, resultBox);
        show(Step.READY);
    }

    private Div section(String number, String heading, com.vaadin.flow.component.Component... content) {
        Span badge = new Span(number);
        badge.addClassName("cl-import-step-number");
        H3 title = new H3(heading);
        title.addClassName("cl-import-step-title");
        Div header = new Div(badge, title);
        header.addClassName("cl-import-step-header");
        Div section = new Div(header);
        section.add(content);
        section.addClassName("cl-import-step");
        return section;
    }

    private void configureUpload() {
        long maxBytes = service.limits().maxSize().toBytes();
        upload.setUploadHandler(new XlsxUploadHandler(maxBytes, this::newWorkFile, new XlsxUploadHandler.Receiver() {
            @Override
            public void received(Path file, String name) {
                fileReceived(file, name);
            }

            @Override
            public void rejected(Problem problem) {
                showFileMessage(message(problem));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".xlsx", ImportService.XLSX_TYPE);
        upload.setDropAllowed(true);
        upload.setI18n(uploadTexts());
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> showFileMessage(e.getErrorMessage()));
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("transfer.upload.drop"))
                .setMany(getTranslation("transfer.upload.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("transfer.upload.add"))
                .setMany(getTranslation("transfer.upload.add")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("transfer.upload.tooMany"))
                .setFileIsTooBig(getTranslation(
                        "transfer.upload.tooLarge",
                        XlsxUploadHandler.megabytes(service.limits().maxSize().toBytes())))
                .setIncorrectFileType(getTranslation("transfer.upload.wrongType")));
        texts.setFile(new UploadI18N.File()
                .setRetry(getTranslation("transfer.upload.retry"))
                .setStart(getTranslation("transfer.upload.start"))
                .setRemove(getTranslation("transfer.upload.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("transfer.upload.connecting"))
                        .setStalled(getTranslation("transfer.upload.stalled"))
                        .setProcessing(getTranslation("transfer.upload.processing"))
                        .setHeld(getTranslation("transfer.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("transfer.upload.remaining"))
                        .setUnknown(getTranslation("transfer.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("transfer.upload.failed"))
                        .setUnexpectedServerError(getTranslation("transfer.upload.failed"))
                        .setForbidden(getTranslation("transfer.upload.failed"))));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }

    private void configureProgress() {
        progressBox.addClassName("cl-import-progress");
        runningNote.addClassName("cl-import-note");
        runningNote.setId("import-running-note");
        runningNote.setVisible(false);
        progressBox.add(runningNote);
        progressText.addClassName("cl-import-progress-text");
        progressBar.setMin(0);
        progressBar.setMax(1);
        cancel.setText(getTranslation("transfer.import.cancel"));
        cancel.setIcon(VaadinIcon.CLOSE_SMALL.create());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancelRunning());
        cancel.setId("import-cancel");
        HorizontalLayout line = new HorizontalLayout(progressText, cancel);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        line.setWidthFull();
        line.setFlexGrow(1, progressText);
        backgroundNote.setText(getTranslation("transfer.progress.background"));
        backgroundNote.addClassName("cl-import-note");
        backgroundNote.setId("import-background-note");
        progressBox.add(line, progressBar, backgroundNote);
    }

    private void configurePreview() {
        previewBox.addClassName("cl-import-preview");
        summary.addClassName("cl-import-summary");
        ignoredColumns.addClassName("cl-import-ignored");
        problems.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(RowProblem::rowNumber)
                .setHeader(getTranslation("transfer.preview.row"))
                .setWidth("6em")
                .setFlexGrow(0)
                .setSortable(true);
        problems.addColumn(RowProblem::column)
                .setHeader(getTranslation("transfer.preview.column"))
                .setWidth("9em")
                .setFlexGrow(0)
                .setSortable(true);
        problems.addColumn(RowProblem::message)
                .setHeader(getTranslation("transfer.preview.message"))
                .setFlexGrow(1);
        problems.setId("import-problems");
        notes.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notes.addColumn(RowProblem::rowNumber)
                .setHeader(getTranslation("transfer.preview.row"))
                .setWidth("6em")
                .setFlexGrow(0);
        notes.addColumn(RowProblem::message)
                .setHeader(getTranslation("transfer.preview.noteMessage"))
                .setFlexGrow(1);
        notes.setId("import-notes");
        notesTitle.addClassName("cl-import-note");
        problemsNote.addClassName("cl-import-note");
        applyHint.addClassName("cl-import-note");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addClickListener(e -> startApply());
        confirm.setId("import-confirm");
        startOver.setText(getTranslation("transfer.import.startOver"));
        startOver.addClickListener(e -> reset());
        HorizontalLayout actions = new HorizontalLayout(confirm, reportSlot, startOver);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.addClassName("cl-import-actions");
        previewBox.add(summary, ignoredColumns, problems, problemsNote, notesTitle, notes, applyHint, actions);
    }

    private void configureResult() {
        resultBox.addClassName("cl-import-result");
        resultText.addClassName("cl-import-result-text");
        again.setText(getTranslation("transfer.import.again"));
        again.addClickListener(e -> reset());
        HorizontalLayout actions = new HorizontalLayout(resultReportSlot, again);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        resultBox.add(resultText, actions);
    }

    /** An upload arrived (on the UI thread): check it on a worker thread. */
    void fileReceived(Path file, String name) {
        if (step == Step.CHECKING || step == Step.IMPORTING) {
            ImportService.deleteQuietly(file);
            return;
        }
        discardFiles();
        workFiles.add(file);
        uploaded = file;
        fileName = name;
        preview = null;
        rejected = false;
        fileMessage.setVisible(false);
        upload.clearFileList(); // the file is in; the upload is free for the next one
        UI ui = UI.getCurrent();
        show(Step.CHECKING);
        progress(new ImportProgress(ImportProgress.Phase.CHECKING, 0, 0));
        ImportTask<ImportPreview> task = service.preview(request(), onUi(ui, this::progress));
        running = task;
        task.result().whenComplete((result, error) -> later(ui, () -> previewDone(task, result, error)));
    }

    private void previewDone(ImportTask<?> task, @Nullable ImportPreview result, @Nullable Throwable error) {
        if (task != running) {
            if (result != null && result.result().errorReport() != null) {
                ImportService.deleteQuietly(result.result().errorReport()); // a check nobody waits for any more
            }
            return;
        }
        running = null;
        if (error != null) {
            Throwable cause = unwrap(error);
            showFileMessage(
                    cause instanceof ImportCancelledException
                            ? getTranslation("transfer.import.cancelled")
                            : describe(cause));
            discardFiles();
            show(Step.READY);
            return;
        }
        if (result == null) {
            return;
        }
        preview = result;
        remember(result.result().errorReport());
        showPreview(result.result());
        show(Step.PREVIEW);
    }

    private void showPreview(PassResult result) {
        summary.setText(getTranslation(
                "transfer.preview.summary",
                fileName,
                number(result.totalRows()),
                number(result.validRows()),
                number(result.invalidRows()),
                number(result.problemCount())));
        summary.getElement().setAttribute("data-invalid", String.valueOf(result.invalidRows()));
        ignoredColumns.setText(
                result.ignoredColumns().isEmpty()
                        ? ""
                        : getTranslation(
                                "transfer.preview.ignored",
                                String.join(getTranslation("transfer.report.separator"), result.ignoredColumns())));
        ignoredColumns.setVisible(!result.ignoredColumns().isEmpty());
        problems.setItems(result.problems());
        problems.setVisible(result.problemCount() > 0);
        boolean few = result.problems().size() <= 8;
        problems.setAllRowsVisible(few);
        problems.setHeight(few ? null : "min(24rem, 60vh)");
        problemsNote.setText(
                result.problemsTruncated()
                        ? getTranslation(
                                "transfer.preview.truncated",
                                number(result.problems().size()),
                                number(result.problemCount()))
                        : "");
        problemsNote.setVisible(result.problemsTruncated());
        notes.setItems(result.notes());
        notes.setVisible(result.noteCount() > 0);
        notes.setAllRowsVisible(result.notes().size() <= 8);
        notes.setHeight(result.notes().size() <= 8 ? null : "min(16rem, 40vh)");
        notesTitle.setText(getTranslation("transfer.preview.notes", number(result.noteCount())));
        notesTitle.setVisible(result.noteCount() > 0);
        reportSlot.removeAll();
        if (result.errorReport() != null) {
            reportSlot.add(reportButton(result.errorReport(), "import-report"));
        }
        updateApplyState();
    }

    private Anchor reportButton(Path report, String id) {
        String name = getTranslation("transfer.report.fileName", baseName(fileName));
        Anchor button =
                Downloads.button(getTranslation("transfer.preview.downloadReport"), Downloads.file(report, () -> name));
        button.setId(id);
        return button;
    }

    private void updateApplyState() {
        ImportPreview current = preview;
        if (current == null) {
            return;
        }
        PassResult result = current.result();
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        confirm.setText(
                chosen == ImportMode.ALL_OR_NOTHING
                        ? getTranslation("transfer.preview.confirmAll", number(result.validRows()))
                        : getTranslation("transfer.preview.confirmValid", number(result.validRows())));
        boolean can = current.canApply(chosen);
        confirm.setEnabled(can && step == Step.PREVIEW);
        confirm.setVisible(step == Step.PREVIEW && result.validRows() > 0);
        String hint = "";
        if (result.validRows() == 0) {
            hint = getTranslation("transfer.preview.nothingValid");
        } else if (!can) {
            hint = getTranslation("transfer.preview.allNeedsClean");
        } else if (chosen == ImportMode.VALID_ONLY && result.invalidRows() > 0) {
            hint = getTranslation("transfer.preview.validOnlyHint", number(result.invalidRows()));
        }
        applyHint.setText(hint);
        applyHint.setVisible(!hint.isEmpty());
    }

    /** The user confirmed: apply on a worker thread. */
    void startApply() {
        ImportPreview current = preview;
        if (current == null || uploaded == null || step != Step.PREVIEW || !current.canApply(mode.getValue())) {
            return;
        }
        UI ui = UI.getCurrent();
        show(Step.IMPORTING);
        progress(new ImportProgress(ImportProgress.Phase.IMPORTING, 0, 0));
        applying = true;
        ImportTask<ImportOutcome> task = service.apply(request(), onUi(ui, this::progress));
        running = task;
        task.result().whenComplete((outcome, error) -> {
            applying = false;
            later(ui, () -> applyDone(task, outcome, error));
        });
    }

    private void applyDone(ImportTask<?> task, @Nullable ImportOutcome outcome, @Nullable Throwable error) {
        if (task != running) {
            return;
        }
        running = null;
        runningNote.setVisible(false);
        if (stopFollowing != null) {
            stopFollowing.run();
            stopFollowing = null;
        }
        if (error != null) {
            Throwable cause = unwrap(error);
            String text = cause instanceof ImportCancelledException
                    ? getTranslation("transfer.import.applyCancelled")
                    : getTranslation("transfer.result.failed", describe(cause));
            Notifications.error(text);
            show(preview == null ? Step.READY : Step.PREVIEW); // a followed import has no preview here
            updateApplyState();
            return;
        }
        if (outcome == null) {
            return;
        }
        PassResult result = outcome.result();
        remember(result.errorReport());
        resultReportSlot.removeAll();
        rejected = outcome.status() == ImportOutcome.Status.REJECTED;
        if (outcome.status() == ImportOutcome.Status.IMPORTED) {
            resultText.setText(
                    result.invalidRows() == 0
                            ? getTranslation("transfer.result.imported", number(outcome.importedRows()), fileName)
                            : getTranslation(
                                    "transfer.result.importedSome",
                                    number(outcome.importedRows()),
                                    fileName,
                                    number(result.invalidRows())));
            resultBox.getElement().setAttribute("data-status", "imported");
            Notifications.success(getTranslation("transfer.result.importedShort", number(outcome.importedRows())));
            fireEvent(new ImportedEvent(this, outcome));
        } else {
            resultText.setText(getTranslation("transfer.result.rejected", number(result.invalidRows())));
            resultBox.getElement().setAttribute("data-status", "rejected");
        }
        if (result.errorReport() != null) {
            resultReportSlot.add(reportButton(result.errorReport(), "import-result-report"));
        }
        if (rejected) {
            preview = new ImportPreview(fileName, result);
            showPreview(result);
        }
        show(Step.DONE);
    }

    void cancelRunning() {
        ImportTask<?> task = running;
        if (task != null) {
            task.cancel();
            cancel.setEnabled(false);
            progressText.setText(getTranslation("transfer.import.cancelling"));
        }
    }

    private void reset() {
        if (step == Step.CHECKING || step == Step.IMPORTING) {
            return;
        }
        discardFiles();
        preview = null;
        upload.clearFileList();
        fileMessage.setVisible(false);
        show(Step.READY);
    }

    private void progress(ImportProgress progress) {
        if (step != Step.CHECKING && step != Step.IMPORTING) {
            return;
        }
        progressBar.setIndeterminate(progress.fraction() <= 0);
        progressBar.setValue(Math.max(0, Math.min(1, progress.fraction())));
        progressText.setText(getTranslation(
                progress.phase() == ImportProgress.Phase.CHECKING
                        ? "transfer.progress.checking"
                        : "transfer.progress.importing",
                fileName,
                number(progress.rows())));
    }

    void show(Step next) {
        step = next;
        boolean busy = next == Step.CHECKING || next == Step.IMPORTING;
        upload.setEnabled(!busy);
        mode.setEnabled(!busy);
        progressBox.setVisible(busy);
        cancel.setEnabled(busy);
        previewBox.setVisible(next == Step.PREVIEW || (next == Step.DONE && rejected));
        startOver.setVisible(next == Step.PREVIEW);
        resultBox.setVisible(next == Step.DONE);
        updateApplyState();
        // bring what changed into view: the page above is long
        if (busy) {
            progressBox.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH));
        } else if (next == Step.PREVIEW) {
            previewBox.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH));
        } else if (next == Step.DONE) {
            resultBox.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH));
        }
    }

    private ImportRequest<T> request() {
        Path file = uploaded;
        if (file == null) {
            throw new IllegalStateException("No file");
        }
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        return new ImportRequest<>(definition, file, fileName, chosen, getLocale());
    }

    private Path newWorkFile() {
        return service.newWorkFile("upload");
    }

    private void remember(@Nullable Path file) {
        if (file != null) {
            workFiles.add(file);
        }
    }

    private void discardFiles() {
        workFiles.forEach(ImportService::deleteQuietly);
        workFiles.clear();
        uploaded = null;
    }

    private void showFileMessage(String text) {
        fileMessage.setText(text);
        fileMessage.setVisible(true);
    }

    String message(Problem problem) {
        Object[] args = problem.argsArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Localized localized) {
                args[i] = localized.text(getLocale());
            }
        }
        return getTranslation(problem.key(), args);
    }

    private String describe(Throwable cause) {
        if (cause instanceof XlsxRejectedException rejected) {
            return message(rejected.problem());
        }
        if (cause instanceof BusinessRuleException rule) {
            return getTranslation(rule.messageKey(), rule.args());
        }
        ErrorMessages.UserMessage message = ErrorMessages.describe(cause);
        if (!message.expected()) {
            log.error("Import of '{}' failed", com.chainleads.base.LogSafe.of(fileName), cause);
        }
        return getTranslation(message.key(), message.args());
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Runs on the UI thread with push; if the page is gone, cleans up instead. */
    private void later(UI ui, Runnable command) {
        try {
            ui.access(() -> {
                if (detached) {
                    discardAfterDetach();
                } else {
                    command.run();
                }
            });
        } catch (UIDetachedException e) {
            discardAfterDetach();
        }
    }

    private <P> Consumer<P> onUi(UI ui, Consumer<P> consumer) {
        return value -> {
            try {
                ui.access(() -> {
                    if (!detached) {
                        consumer.accept(value);
                    }
                });
            } catch (UIDetachedException e) {
                // the page is gone; the result handler cleans up
            }
        };
    }

    private void discardAfterDetach() {
        if (!applying) {
            discardFiles();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        detached = false;
        followRunningImport(attachEvent.getUI());
    }

    /**
     * The page was opened (or reopened) while an import of the user's runs: show it with its progress, and its
     * result when it ends, as if it had been started here.
     */
    private void followRunningImport(UI ui) {
        if (running != null || step != Step.READY) {
            return;
        }
        service.running(definition).ifPresent(job -> {
            ImportTask<ImportOutcome> task = job.task();
            running = task;
            fileName = job.fileName();
            runningNote.setText(getTranslation(
                    "transfer.import.stillRunning",
                    job.fileName(),
                    com.chainleads.base.ui.Formats.dateTime(job.startedAt())));
            runningNote.setVisible(true);
            show(Step.IMPORTING);
            ImportProgress last = job.lastProgress();
            progress(last != null ? last : new ImportProgress(ImportProgress.Phase.IMPORTING, 0, 0));
            applying = true; // leaving this page does not cancel it either
            stopFollowing = job.onProgress(onUi(ui, this::progress));
            task.result().whenComplete((outcome, error) -> {
                applying = false;
                later(ui, () -> applyDone(task, outcome, error));
            });
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detached = true;
        if (stopFollowing != null) {
            stopFollowing.run();
            stopFollowing = null;
        }
        ImportTask<?> task = running;
        if (task != null && !applying) {
            task.cancel(); // a check is not worth finishing; a confirmed import runs to its end
        }
        if (task == null || task.isDone()) {
            discardFiles();
        }
        super.onDetach(detachEvent);
    }

    /** Rows were imported (fired on the UI thread), e.g. to refresh a list. */
    public static class ImportedEvent extends ComponentEvent<ImportWizard<?>> {

        private final ImportOutcome outcome;

        ImportedEvent(ImportWizard<?> source, ImportOutcome outcome) {
            super(source, false);
            this.outcome = outcome;
        }

        public ImportOutcome outcome() {
            return outcome;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addImportedListener(ComponentEventListener<ImportedEvent> listener) {
        return addListener(ImportedEvent.class, (ComponentEventListener) listener);
    }

    Step step() {
        return step;
    }

    @Nullable
    ImportTask<?> running() {
        return running;
    }
}
