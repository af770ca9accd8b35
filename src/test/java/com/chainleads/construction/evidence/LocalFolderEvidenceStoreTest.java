package com.chainleads.construction.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderEvidenceStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsWrittenReadAndDeletedByItsKey() throws IOException {
        LocalFolderEvidenceStore store = new LocalFolderEvidenceStore(folder);
        store.put("2026/05/abc-1.jpg", new byte[] {1, 2, 3});

        assertThat(store.exists("2026/05/abc-1.jpg")).isTrue();
        assertThat(Files.readAllBytes(folder.resolve("2026/05/abc-1.jpg"))).containsExactly(1, 2, 3);
        try (InputStream in = store.open("2026/05/abc-1.jpg")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        store.delete("2026/05/abc-1.jpg");
        assertThat(store.exists("2026/05/abc-1.jpg")).isFalse();
        store.delete("2026/05/abc-1.jpg"); // nothing happens
        assertThatThrownBy(() -> store.open("2026/05/abc-1.jpg")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void noTemporaryFileStaysBehind() throws IOException {
        LocalFolderEvidenceStore store = new LocalFolderEvidenceStore(folder);
        store.put("2026/05/x.pdf", new byte[] {9});
        try (var files = Files.list(folder.resolve("2026/05"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("x.pdf");
        }
    }

    @Test
    void keysThatLeaveTheFolderOrLookLikePathsAreRefused() {
        LocalFolderEvidenceStore store = new LocalFolderEvidenceStore(folder);
        for (String key : new String[] {"../secret", "/etc/passwd", "2026/../../x", "a\\b", "A/B", ""}) {
            assertThatThrownBy(() -> store.put(key, new byte[] {1}))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
