package com.chainleads.transfer.service;

import com.chainleads.base.LogSafe;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.transfer.cell.Text;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.chainleads.transfer.xlsx.ErrorReportWriter;
import com.chainleads.transfer.xlsx.TemplateBuilder;
import com.chainleads.transfer.xlsx.XlsxFile;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs Excel imports off the UI thread: checks an uploaded file into a preview, applies it in one transaction,
 * writes templates. Passes run on a small pool of worker threads ({@code chainleads.import.workers}) that carry
 * the caller's security context, so the definition's services see the signed-in user. Uploaded files and error
 * reports live in a work folder; files older than a day are swept away at start-up.
 *
 * <p>An apply is a background job (issue 13, point 10): it goes on when its page is left, a page opened meanwhile
 * finds it ({@link #running}), its result reaches the user as a notice (the bell), and the same file (by content)
 * cannot be checked or applied again while it runs.
 *
 * <p>Size: the check, the background apply and the work folder's housekeeping share one registry of running jobs and
 * one worker pool.
 */
@Service
@PermitAll
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportProperties properties;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor workers;
    private final Path workFolder;
    private volatile Instant nextSweep = Instant.MIN;
    private final Map<ImportTask<ImportOutcome>, RunningImport> runningImports = new ConcurrentHashMap<>();
    private final NotificationService notifications;
    private final Clock clock;

    ImportService(
            ImportProperties properties,
            I18NProvider i18n,
            CurrentUser currentUser,
            PlatformTransactionManager transactionManager,
            NotificationService notifications,
            Clock clock) {
        this.properties = properties;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        AtomicInteger threads = new AtomicInteger();
        int size = Math.max(1, properties.workers());
        this.workers = new ThreadPoolExecutor(
                size, size, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(size * 4), runnable -> {
                    Thread thread = new Thread(runnable, "chainleads-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.workers.allowCoreThreadTimeOut(true);
        this.workFolder = Path.of(System.getProperty("java.io.tmpdir"), "chainleads-transfer");
    }

    public ImportProperties limits() {
        return properties;
    }

    /**
     * Checks every row of the file; nothing is stored. A file whose content is being imported right now is refused
     * at once ({@code transfer.import.sameFileRunning}).
     */
    public <T> ImportTask<ImportPreview> preview(ImportRequest<T> request, Consumer<ImportProgress> progress) {
        ImportTask<ImportPreview> task = new ImportTask<>();
        ImportContext context = contextOf(request);
        RunningImport same = runningWithContent(request.definition(), contentHash(request.file()));
        if (same != null) {
            task.result().completeExceptionally(sameFileRunning(same));
            return task;
        }
        submit(task, () -> {
            long start = System.nanoTime();
            PassResult result =
                    pipeline(request, context, progress, task).preview(request.file(), newWorkFile("report"));
            log.info(
                    "Import check of '{}' ({}) by {}: {} rows, {} invalid, {} ms",
                    LogSafe.of(request.fileName()),
                    request.definition().name(),
                    context.username(),
                    result.totalRows(),
                    result.invalidRows(),
                    (System.nanoTime() - start) / 1_000_000);
            return new ImportPreview(request.fileName(), result);
        });
        return task;
    }

    /**
     * Checks the file again and stores its valid rows, in one transaction (see {@link ImportPipeline#apply}), as a
     * background job: it runs on whether or not the page stays, {@link #running} finds it, and its user gets a
     * notice with the result. Refused ({@code transfer.import.sameFileRunning}) while a file with the same content
     * is being imported.
     */
    public <T> ImportTask<ImportOutcome> apply(ImportRequest<T> request, Consumer<ImportProgress> progress) {
        ImportTask<ImportOutcome> task = new ImportTask<>();
        ImportContext context = contextOf(request);
        String hash = contentHash(request.file());
        long userId = currentUser.get().map(AppUserPrincipal::userId).orElse(-1L);
        RunningImport job;
        synchronized (runningImports) {
            RunningImport same = runningWithContent(request.definition(), hash);
            if (same != null) {
                task.result().completeExceptionally(sameFileRunning(same));
                return task;
            }
            job = new RunningImport(
                    request.definition().name(), userId, request.fileName(), hash, clock.instant(), task);
            runningImports.put(task, job);
        }
        task.result().whenComplete((outcome, error) -> {
            runningImports.remove(task);
            tell(job, outcome, error);
        });
        Consumer<ImportProgress> relay = p -> {
            job.progress(p);
            progress.accept(p);
        };
        submit(task, () -> {
            long start = System.nanoTime();
            ImportOutcome outcome =
                    pipeline(request, context, relay, task).apply(request.file(), newWorkFile("report"), transactions);
            log.info(
                    "Import of '{}' ({}, {}) by {}: {}, {} rows imported, {} invalid, {} ms",
                    LogSafe.of(request.fileName()),
                    request.definition().name(),
                    request.mode(),
                    context.username(),
                    outcome.status(),
                    outcome.importedRows(),
                    outcome.result().invalidRows(),
                    (System.nanoTime() - start) / 1_000_000);
            return outcome;
        });
        return task;
    }

    /** The signed-in user's import of this kind that is being applied now, if any (the oldest first). */
    public Optional<RunningImport> running(ImportDefinition<?> definition) {
        long userId = currentUser.require().userId();
        return runningImports.values().stream()
                .filter(job -> job.userId() == userId && job.definitionName().equals(definition.name()))
                .filter(job -> !job.task().isDone())
                .min(java.util.Comparator.comparing(RunningImport::startedAt));
    }

    private @Nullable RunningImport runningWithContent(ImportDefinition<?> definition, String hash) {
        return runningImports.values().stream()
                .filter(job -> job.definitionName().equals(definition.name())
                        && job.contentHash().equals(hash))
                .filter(job -> !job.task().isDone())
                .findFirst()
                .orElse(null);
    }

    private BusinessRuleException sameFileRunning(RunningImport same) {
        return new BusinessRuleException("transfer.import.sameFileRunning", new Object[] {
            same.fileName(),
            java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(clock.getZone())
                    .format(same.startedAt())
        });
    }

    /** The result of a background import, as a notice to its user (the bell), wherever they are. */
    private void tell(RunningImport job, @Nullable ImportOutcome outcome, @Nullable Throwable error) {
        if (job.userId() < 0) {
            return;
        }
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof ImportCancelledException) {
            return; // the user cancelled it on the page, where they were told
        }
        NoticeMessage message;
        if (outcome != null && outcome.status() == ImportOutcome.Status.IMPORTED) {
            message = NoticeMessage.of(
                            NoticeType.IMPORT_FINISHED,
                            outcome.result().invalidRows() == 0
                                    ? "transfer.notice.imported"
                                    : "transfer.notice.importedSome",
                            job.fileName(),
                            outcome.importedRows(),
                            outcome.result().invalidRows())
                    .linkingTo("leads");
        } else if (outcome != null) {
            message = NoticeMessage.of(
                            NoticeType.IMPORT_FINISHED,
                            "transfer.notice.rejected",
                            job.fileName(),
                            outcome.result().invalidRows())
                    .linkingTo("leads/import");
        } else {
            message = NoticeMessage.of(NoticeType.IMPORT_FINISHED, "transfer.notice.failed", job.fileName())
                    .linkingTo("leads/import");
        }
        try {
            notifications.notify(job.userId(), message);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not tell user {} the result of importing '{}': {}",
                    job.userId(),
                    LogSafe.of(job.fileName()),
                    e.toString());
        }
    }

    /** The SHA-256 of the file's content, in hex: the same file under another name is the same file. */
    static String contentHash(Path file) {
        try (var in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the definition's template in the given language. */
    public void writeTemplate(ImportDefinition<?> definition, Locale locale, OutputStream out) {
        Translator t = Translator.of(i18n, locale);
        List<String> lines = new ArrayList<>(List.of(
                t.get("transfer.template.rule.required"),
                t.get("transfer.template.rule.header"),
                t.get("transfer.template.rule.dates"),
                t.get("transfer.template.rule.numbers"),
                t.get("transfer.template.rule.choices"),
                t.get(
                        "transfer.template.rule.limits",
                        properties.maxSize().toMegabytes() + " MB",
                        properties.maxRows()),
                t.get("transfer.template.rule.modes")));
        lines.addAll(definition.instructions(t));
        new TemplateBuilder(t, t.get(definition.titleKey()), definition.templateColumns())
                .instructions(lines)
                .write(out);
    }

    /**
     * Loads POI's classes (its XML schema types take seconds on a cold JVM) by writing and reading a small
     * template on a worker thread, so that the first upload is checked as fast as the next ones.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!properties.warmUp()) {
            return;
        }
        workers.execute(() -> {
            Path file = newWorkFile("warm-up");
            try {
                List<ColumnSpec> columns = List.of(
                        ColumnSpec.text("a", "甲", "A").build(),
                        ColumnSpec.date("b", "乙", "B").build());
                try (OutputStream out = Files.newOutputStream(file)) {
                    new TemplateBuilder(Translator.of(i18n, Locale.SIMPLIFIED_CHINESE), "warm-up", columns).write(out);
                }
                try (XlsxFile xlsx = XlsxFile.open(file)) {
                    xlsx.readFirstSheet((number, cells) -> {});
                }
            } catch (RuntimeException | IOException e) {
                log.debug("Warm-up failed: {}", e.toString());
            } finally {
                deleteQuietly(file);
            }
        });
    }

    /** A new file name in the work folder (the file is not created). */
    public Path newWorkFile(String prefix) {
        Instant now = Instant.now();
        if (now.isAfter(nextSweep)) {
            nextSweep = now.plus(Duration.ofHours(1));
            sweepWorkFolder(); // files of pages that were never closed properly
        }
        try {
            Files.createDirectories(workFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workFolder.resolve(prefix + "-" + UUID.randomUUID() + ".xlsx");
    }

    private <T> ImportPipeline<T> pipeline(
            ImportRequest<T> request, ImportContext context, Consumer<ImportProgress> progress, ImportTask<?> task) {
        return new ImportPipeline<>(
                request.definition(),
                context,
                Translator.of(i18n, request.locale()),
                new ImportPipeline.Settings(
                        properties.maxRows(), properties.problemsShown(), skippedHeaders(), rowNumberHeaders()),
                progress,
                task::isCancelled);
    }

    private ImportContext contextOf(ImportRequest<?> request) {
        String username = currentUser.get().map(AppUserPrincipal::getUsername).orElse("");
        return new ImportContext(request.fileName(), request.locale(), request.mode(), username);
    }

    /** The headers our error reports add, in every language, so a fixed report uploads without complaint. */
    private Set<String> skippedHeaders() {
        Set<String> keys = new HashSet<>();
        for (Locale locale : i18n.getProvidedLocales()) {
            for (String key : ErrorReportWriter.addedHeaderKeys()) {
                keys.add(ColumnSpec.headerKey(i18n.getTranslation(key, locale)));
            }
        }
        keys.remove(Text.lookupKey(""));
        return keys;
    }

    private <R> void submit(ImportTask<R> task, Supplier<R> work) {
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    task.result().complete(work.get());
                } catch (Throwable error) {
                    task.result().completeExceptionally(error);
                }
            }));
        } catch (RejectedExecutionException busy) {
            task.result().completeExceptionally(new BusinessRuleException("transfer.import.busy"));
        }
    }

    /** The 原行号 header of our error reports, in every language. */
    private Set<String> rowNumberHeaders() {
        Set<String> keys = new HashSet<>();
        for (Locale locale : i18n.getProvidedLocales()) {
            keys.add(ColumnSpec.headerKey(
                    i18n.getTranslation(ErrorReportWriter.addedHeaderKeys().get(0), locale)));
        }
        return keys;
    }

    private void sweepWorkFolder() {
        if (!Files.isDirectory(workFolder)) {
            return;
        }
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(workFolder)) {
            files.filter(file -> {
                        try {
                            return Files.getLastModifiedTime(file).compareTo(FileTime.from(dayAgo)) < 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(ImportService::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", workFolder, e.toString());
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
