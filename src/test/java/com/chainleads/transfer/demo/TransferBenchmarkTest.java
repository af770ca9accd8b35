package com.chainleads.transfer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.TranslationProvider;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorSummary;
import com.chainleads.transfer.DemoFiles;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.service.ImportContext;
import com.chainleads.transfer.service.ImportMode;
import com.chainleads.transfer.service.ImportOutcome;
import com.chainleads.transfer.service.ImportPipeline;
import com.chainleads.transfer.service.PassResult;
import com.chainleads.transfer.xlsx.XlsxExport;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The speed and memory targets, measured on demand (not part of the normal run):
 * <pre>
 * ./mvnw test -Dchainleads.bench=true -Dtest=TransferBenchmarkTest#import100k -DargLine=-Xmx512m
 *     [-Dchainleads.bench.file=large.xlsx, made by DemoFiles.large(file, 100000, 1000)]
 * ./mvnw test -Dchainleads.bench=true -Dtest=TransferBenchmarkTest#export100k -DargLine=-Xmx256m
 * </pre>
 * Targets: import of 100,000 rows ≤ 60 s in ≤ 512 MB of heap; export of 100,000 rows ≤ 20 s in ≤ 256 MB.
 */
@EnabledIfSystemProperty(named = "chainleads.bench", matches = "true")
class TransferBenchmarkTest {

    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    /** A transaction manager without a resource: enough for the demo store's commit hooks. */
    static final class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    @Test
    void import100k() {
        // generating the file needs more memory than importing it (POI's writer keeps its shared strings as XML
        // beans): pass a file made beforehand to measure the import alone
        String given = System.getProperty("chainleads.bench.file");
        Path file = given != null ? Path.of(given) : DemoFiles.large(dir.resolve("large.xlsx"), ROWS, 1000);
        ChainReferenceService chains = Mockito.mock(ChainReferenceService.class);
        Mockito.when(chains.sectorSummaries()).thenReturn(List.of(
                new SectorSummary(1, "INTELLIGENT_MANUFACTURING", "智能制造", "Intelligent manufacturing", 5, 5, 5, 0),
                new SectorSummary(2, "ELECTRONIC_INFORMATION", "电子信息", "Electronic information", 3, 5, 5, 0),
                new SectorSummary(3, "NEW_MATERIALS", "新材料", "New materials", 4, 4, 5, 0),
                new SectorSummary(4, "BIOMEDICINE", "生物医药", "Biomedicine", 5, 5, 4, 0),
                new SectorSummary(5, "CULTURAL_TOURISM", "文旅文创", "Cultural tourism", 4, 5, 4, 0)));
        DemoProjectStore store = new DemoProjectStore();
        DemoProjectImport definition = new DemoProjectImport(chains, store, Clock.systemDefaultZone());
        ImportPipeline<DemoProject> pipeline = new ImportPipeline<>(definition,
                new ImportContext("large.xlsx", AppLocales.CHINESE, ImportMode.VALID_ONLY, "bench"),
                Translator.of(new TranslationProvider(), AppLocales.CHINESE),
                new ImportPipeline.Settings(200_000, 1000, Set.of()), p -> { }, () -> false);
        resetPeaks();

        long start = System.nanoTime();
        PassResult preview = pipeline.preview(file, dir.resolve("preview-report.xlsx"));
        long checked = System.nanoTime();
        ImportOutcome outcome = pipeline.apply(file, dir.resolve("apply-report.xlsx"),
                new TransactionTemplate(new NoResourceTransactions()));
        long done = System.nanoTime();

        report("import 100k: check %d ms, apply %d ms, total %d ms, peak heap %d MB (max %d MB)",
                (checked - start) / 1_000_000, (done - checked) / 1_000_000, (done - start) / 1_000_000, peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(preview.invalidRows()).isEqualTo(ROWS / 1000);
        assertThat(outcome.importedRows()).isEqualTo(ROWS - ROWS / 1000);
        assertThat(store.count()).isEqualTo(ROWS - ROWS / 1000);
        assertThat((done - start) / 1_000_000_000.0).isLessThan(60);
    }

    record Row(String number, String name, String investor, String code, BigDecimal total, LocalDate reported,
            String note) {
    }

    @Test
    void export100k() throws Exception {
        resetPeaks();
        long start = System.nanoTime();
        Path file = dir.resolve("export.xlsx");
        long rows;
        try (OutputStream out = Files.newOutputStream(file)) {
            rows = XlsxExport.<Row>sheet("招商线索").title("招商线索 · 全部 · 导出于 2026-03-02 10:30")
                    .text("线索编号", 14, Row::number).text("项目名称", 30, Row::name).text("投资主体", 30, Row::investor)
                    .text("统一社会信用代码", 22, Row::code).wan("总投资（万元）", 16, Row::total)
                    .date("首报日期", 12, Row::reported).text("备注", 40, Row::note)
                    .write(IntStream.range(0, ROWS).mapToObj(i -> new Row("ZS-2026-" + i, "项目名称" + i,
                            "投资主体有限公司" + i, DemoFiles.newCreditCode(), BigDecimal.valueOf(i * 37L, 2),
                            LocalDate.of(2026, 1, 1).plusDays(i % 365), i % 7 == 0 ? "=HYPERLINK(\"x\")" : null)), out);
        }
        long done = System.nanoTime();
        report("export 100k: %d ms, %d KB, peak heap %d MB (max %d MB)", (done - start) / 1_000_000,
                Files.size(file) >> 10, peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        assertThat(rows).isEqualTo(ROWS);
        assertThat((done - start) / 1_000_000_000.0).isLessThan(20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}
