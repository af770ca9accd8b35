package com.chainleads.transfer.ui;

import com.chainleads.transfer.cell.Problem;
import com.chainleads.transfer.service.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Receives an upload into a work file, enforcing the size limit on the server while the bytes arrive — a
 * declared size over the limit is refused before reading, and reading stops as soon as the limit is passed,
 * whatever the browser claimed. A refused upload answers 413 and tells the page why; an accepted one hands the
 * file to the page on its UI thread.
 */
final class XlsxUploadHandler implements UploadHandler {

    /** What the page does with an upload; called on the UI thread. */
    interface Receiver extends Serializable {

        void received(Path file, String fileName);

        void rejected(Problem problem);
    }

    private final long maxBytes;
    private final SerializableSupplier<Path> workFiles;
    private final Receiver receiver;
    private final transient ThreadLocal<Boolean> refused = new ThreadLocal<>();

    XlsxUploadHandler(long maxBytes, SerializableSupplier<Path> workFiles, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.workFiles = workFiles;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = fileNameOf(event.getFileName());
        if (event.getFileSize() > maxBytes) {
            refuse(ui, Problem.of("transfer.upload.tooLarge", megabytes(maxBytes)));
            return;
        }
        Path file = workFiles.get();
        long copied;
        try (InputStream in = event.getInputStream()) {
            copied = copy(in, file, maxBytes);
        } catch (IOException e) {
            ImportService.deleteQuietly(file);
            throw e;
        }
        if (copied > maxBytes) {
            ImportService.deleteQuietly(file);
            refuse(ui, Problem.of("transfer.upload.tooLarge", megabytes(maxBytes)));
            return;
        }
        refused.remove();
        access(ui, () -> receiver.received(file, fileName), () -> ImportService.deleteQuietly(file));
    }

    /**
     * Copies at most {@code maxBytes + 1} bytes: returns the bytes written, more than {@code maxBytes} when the
     * stream was longer (then the rest is not read).
     */
    static long copy(InputStream in, Path file, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private void refuse(UI ui, Problem problem) {
        refused.set(Boolean.TRUE);
        access(ui, () -> receiver.rejected(problem), () -> {});
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean wasRefused = Boolean.TRUE.equals(refused.get());
        refused.remove();
        if (wasRefused) {
            response.setStatus(413); // Content Too Large: the browser marks the upload as failed
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    private static void access(UI ui, Runnable command, Runnable ifDetached) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            ifDetached.run();
        }
    }

    static String fileNameOf(@Nullable String name) {
        if (name == null || name.isBlank() || "unknown".equals(name)) {
            return "upload.xlsx";
        }
        String base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
