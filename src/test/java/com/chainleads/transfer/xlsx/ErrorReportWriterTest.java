package com.chainleads.transfer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.transfer.cell.Translator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ErrorReportWriterTest {

    private static final Translator KEYS = new Translator() {
        @Override
        public Locale locale() {
            return Locale.SIMPLIFIED_CHINESE;
        }

        @Override
        public String get(String key, Object... args) {
            return key;
        }
    };

    @TempDir
    Path poiTemp;

    @BeforeEach
    void keepPoisTemporaryFilesHere() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restorePoisTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    private static ErrorReportWriter report() {
        return new ErrorReportWriter(KEYS, List.of("项目名称", "投资方名称"), Arrays.asList(null, null));
    }

    private long poiFiles() throws IOException {
        try (Stream<Path> files = Files.walk(poiTemp)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aReportWithNoRowsIsClosedQuietlyAndLeavesNoTemporaryFile(CapturedOutput output) throws IOException {
        try (ErrorReportWriter report = report()) {
            assertThat(report.rows()).isZero();
            assertThat(poiFiles())
                    .as("the sheet is streamed through a temporary file")
                    .isPositive();
        }

        assertThat(poiFiles()).isZero();
        assertThat(output).doesNotContain("Failed to dispose").doesNotContain("Stream closed");
    }

    @Test
    void aWrittenReportLeavesOnlyItsFile(@TempDir Path out, CapturedOutput output) throws IOException {
        try (ErrorReportWriter report = report()) {
            report.add(7, List.of("储能电池项目", ""), "投资方名称：必填");
            report.writeTo(out.resolve("errors.xlsx"));
            assertThat(report.rows()).isEqualTo(1);
        }

        assertThat(poiFiles()).isZero();
        assertThat(Files.size(out.resolve("errors.xlsx"))).isPositive();
        assertThat(output).doesNotContain("Failed to dispose").doesNotContain("Stream closed");
    }
}
