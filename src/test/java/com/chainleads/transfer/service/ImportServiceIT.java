package com.chainleads.transfer.service;

import static com.chainleads.transfer.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.transfer.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The import service on a real database: one transaction per apply (nothing half-applied), duplicates against
 * stored rows, and the signed-in user on the worker thread. The target writes to a scratch table of its own.
 */
@IntegrationTest
class ImportServiceIT {

    @Autowired
    ImportService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationService notifications;

    @TempDir
    Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private JdbcTarget target;

    /** Stores items as rows of a scratch table, in the import transaction. */
    class JdbcTarget implements ImportTarget<FakeImport.Item> {
        final List<String> users = new ArrayList<>();
        final List<Boolean> inTransaction = new ArrayList<>();
        int failOnBatch = -1;
        int batches;
        /** When set, each store waits for it: an import that runs as long as the test wants. */
        @Nullable
        CountDownLatch hold;

        final CountDownLatch storing = new CountDownLatch(1);

        @Override
        public Set<String> existingKeys(Collection<String> keys, ImportContext context) {
            return new HashSet<>(new NamedParameterJdbcTemplate(jdbc)
                    .queryForList(
                            "select code from transfer_it_item where code in (:codes)",
                            new MapSqlParameterSource("codes", keys),
                            String.class));
        }

        @Override
        public void store(List<FakeImport.Item> batch, ImportContext context) {
            users.add(SecurityContextHolder.getContext().getAuthentication().getName());
            storing.countDown();
            if (hold != null) {
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            if (batches++ == failOnBatch) {
                throw new IllegalStateException("the database went away");
            }
            jdbc.batchUpdate(
                    "insert into transfer_it_item (code, name, run_id) values (?, ?, ?)",
                    batch.stream()
                            .map(item ->
                                    new Object[] {item.code().toUpperCase(java.util.Locale.ROOT), item.name(), run})
                            .toList());
        }

        @Override
        public void finish(ImportSummary summary, ImportContext context) {
            jdbc.update(
                    "insert into transfer_it_item (code, name, run_id) values (?, ?, ?)",
                    "AUDIT-" + run,
                    summary.fileName() + ":" + summary.importedRows(),
                    run);
        }
    }

    @BeforeEach
    void scratchTable() {
        jdbc.execute("create table if not exists transfer_it_item (code varchar(60) not null primary key, "
                + "name varchar(100) not null, run_id varchar(20) not null)");
        target = new JdbcTarget();
    }

    private int storedRows() {
        return jdbc.queryForObject(
                "select count(*) from transfer_it_item where run_id = ? and code not like 'AUDIT-%'",
                Integer.class, run);
    }

    private Path file(int rows, String... badCodes) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(row("编号", "名称"));
        IntStream.range(0, rows).forEach(i -> lines.add(row(run + "-" + i, "项目" + i)));
        Stream.of(badCodes).forEach(code -> lines.add(row(code, null)));
        return Workbooks.write(dir.resolve(UUID.randomUUID() + ".xlsx"), lines);
    }

    private final List<Path> reports = new ArrayList<>();

    private <R> R await(ImportTask<R> task) throws Exception {
        R result = task.result().get(60, TimeUnit.SECONDS);
        PassResult pass =
                result instanceof ImportOutcome outcome ? outcome.result() : ((ImportPreview) result).result();
        if (pass.errorReport() != null) {
            reports.add(pass.errorReport());
        }
        return result;
    }

    @AfterEach
    void deleteReports() {
        reports.forEach(ImportService::deleteQuietly);
    }

    private ImportRequest<FakeImport.Item> request(Path file, ImportMode mode) {
        return new ImportRequest<>(new FakeImport(target), file, "清单.xlsx", mode, AppLocales.CHINESE);
    }

    @Test
    @WithUserDetails("officer1")
    void allOrNothingStoresEveryRowInOneTransactionAsTheSignedInUserAndWritesTheAuditEntry() throws Exception {
        ImportOutcome outcome = await(service.apply(request(file(1200), ImportMode.ALL_OR_NOTHING), p -> {}));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(storedRows()).isEqualTo(1200);
        assertThat(target.users).containsOnly("officer1").hasSize(3);
        assertThat(target.inTransaction).containsOnly(true);
        assertThat(jdbc.queryForObject(
                        "select name from transfer_it_item where code = ?", String.class, "AUDIT-" + run))
                .isEqualTo("清单.xlsx:1200");
    }

    @Test
    @WithUserDetails("officer2")
    void aFailureAfterSomeBatchesLeavesNothingBehind() {
        target.failOnBatch = 1; // the first batch of 500 is already written when the second fails
        ImportTask<ImportOutcome> task = service.apply(request(file(1200), ImportMode.ALL_OR_NOTHING), p -> {});

        assertThatThrownBy(() -> await(task))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("the database went away");
        assertThat(storedRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from transfer_it_item where run_id = ?", Integer.class, run))
                .isZero();
    }

    @Test
    @WithUserDetails("officer1")
    void allOrNothingWithAnInvalidRowImportsNothing() throws Exception {
        ImportOutcome outcome =
                await(service.apply(request(file(600, "BAD-" + run), ImportMode.ALL_OR_NOTHING), p -> {}));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.result().invalidRows()).isEqualTo(1);
        assertThat(storedRows())
                .as("the first batch was written, then rolled back")
                .isZero();
        assertThat(outcome.result().errorReport()).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void validRowsOnlyStoresTheValidRowsAndASecondImportFindsThemExisting() throws Exception {
        Path file = file(30, "BAD-" + run);
        ImportPreview preview = await(service.preview(request(file, ImportMode.VALID_ONLY), p -> {}));
        assertThat(preview.result().validRows()).isEqualTo(30);
        assertThat(storedRows()).as("a preview writes nothing").isZero();

        ImportOutcome first = await(service.apply(request(file, ImportMode.VALID_ONLY), p -> {}));
        assertThat(first.importedRows()).isEqualTo(30);
        assertThat(storedRows()).isEqualTo(30);
        assertThat(first.result().errorReport()).exists();
        assertThat(com.chainleads.transfer.Workbooks.read(first.result().errorReport(), 0))
                .hasSize(2);

        ImportPreview again = await(service.preview(request(file, ImportMode.VALID_ONLY), p -> {}));
        assertThat(again.result().validRows()).isZero();
        assertThat(again.result().problems())
                .first()
                .isEqualTo(new RowProblem(2, "编号", "已存在（" + (run + "-0").toUpperCase(java.util.Locale.ROOT) + "）"));
    }

    @Test
    @WithUserDetails("officer1")
    void theSameFileWhileItIsBeingImportedIsToldSoAndTheRunningImportIsFoundAgain() throws Exception {
        target.hold = new CountDownLatch(1);
        Path file = file(10);
        Path again = java.nio.file.Files.copy(file, dir.resolve("again.xlsx")); // same content, another name
        FakeImport definition = new FakeImport(target);
        ImportTask<ImportOutcome> first = service.apply(request(file, ImportMode.VALID_ONLY), p -> {});
        try {
            assertThat(target.storing.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(service.running(definition)).hasValueSatisfying(job -> {
                assertThat(job.fileName()).isEqualTo("清单.xlsx");
                assertThat(job.task()).isSameAs(first);
            });
            for (ImportTask<?> second : List.of(
                    service.preview(request(again, ImportMode.VALID_ONLY), p -> {}),
                    service.apply(request(again, ImportMode.VALID_ONLY), p -> {}))) {
                assertThatThrownBy(() -> second.result().get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(BusinessRuleException.class)
                        .cause()
                        .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                                .isEqualTo("transfer.import.sameFileRunning"));
            }
        } finally {
            target.hold.countDown();
        }
        assertThat(await(first).importedRows()).isEqualTo(10);
        assertThat(service.running(definition)).isEmpty();
        assertThat(await(service.preview(request(again, ImportMode.VALID_ONLY), p -> {}))
                        .result()
                        .invalidRows())
                .as("checked once the first import is done: its rows exist now")
                .isEqualTo(10);
    }

    @Test
    @WithUserDetails("officer2")
    void theResultOfABackgroundImportReachesItsUserAsANotice() throws Exception {
        ImportOutcome outcome = await(service.apply(request(file(5), ImportMode.VALID_ONLY), p -> {}));
        assertThat(outcome.importedRows()).isEqualTo(5);

        // officer2 may hold notices of other imports of this class; on MySQL they can share this one's second
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<NoticeRow> latest = notifications.latest(NotificationService.LATEST);
        while (latest.stream().noneMatch(ImportServiceIT::isThisImportsNotice) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            latest = notifications.latest(NotificationService.LATEST);
        }
        assertThat(latest)
                .filteredOn(ImportServiceIT::isThisImportsNotice)
                .first()
                .satisfies(notice -> {
                    assertThat(notice.messageKey()).isEqualTo("transfer.notice.imported");
                    assertThat(notice.target()).isEqualTo("leads");
                });
    }

    private static boolean isThisImportsNotice(NoticeRow notice) {
        return notice.type() == NoticeType.IMPORT_FINISHED
                && notice.args().toString().contains("清单.xlsx")
                && notice.args().toString().contains("5")
                && !notice.messageKey().equals("transfer.notice.failed");
    }

    @Test
    @WithUserDetails("officer3")
    void progressIsReportedWhileAPassRuns() throws Exception {
        List<ImportProgress> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        await(service.preview(request(file(2000), ImportMode.VALID_ONLY), progress::add));
        assertThat(progress).isNotEmpty();
        assertThat(progress).last().satisfies(last -> {
            assertThat(last.rows()).isEqualTo(2000);
            assertThat(last.fraction()).isEqualTo(1.0);
        });
    }
}
