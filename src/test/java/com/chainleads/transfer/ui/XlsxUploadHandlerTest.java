package com.chainleads.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxUploadHandlerTest {

    @TempDir
    Path dir;

    /** An upload that never ends, counting what was read from it. */
    static final class EndlessUpload extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }

    @Test
    void readingStopsAsSoonAsTheLimitIsPassedWhateverTheSenderClaims() throws IOException {
        EndlessUpload endless = new EndlessUpload();
        long copied = XlsxUploadHandler.copy(endless, dir.resolve("endless.xlsx"), 1_000_000);
        assertThat(copied).isGreaterThan(1_000_000);
        assertThat(endless.read).isLessThan(1_000_000 + 128 * 1024);
        assertThat(Files.size(dir.resolve("endless.xlsx"))).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void aFileWithinTheLimitIsCopiedWhole() throws IOException {
        byte[] bytes = new byte[300_000];
        new java.util.Random(1).nextBytes(bytes);
        Path file = dir.resolve("ok.xlsx");
        assertThat(XlsxUploadHandler.copy(new ByteArrayInputStream(bytes), file, bytes.length))
                .isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void fileNamesLoseTheirFoldersAndUnknownNamesGetADefault() {
        assertThat(XlsxUploadHandler.fileNameOf("C:\\Users\\李明\\线索.xlsx")).isEqualTo("线索.xlsx");
        assertThat(XlsxUploadHandler.fileNameOf("../../etc/passwd")).isEqualTo("passwd");
        assertThat(XlsxUploadHandler.fileNameOf("unknown")).isEqualTo("upload.xlsx");
        assertThat(XlsxUploadHandler.fileNameOf(null)).isEqualTo("upload.xlsx");
    }
}
