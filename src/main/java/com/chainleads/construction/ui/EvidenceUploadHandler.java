package com.chainleads.construction.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Receives one evidence file into memory, enforcing the size limit while the bytes arrive (a declared size over
 * it is refused before reading; reading stops once it is passed, whatever the browser claimed). The bytes go to
 * the form on its UI thread; their type is decided by the server from the content when the milestone is saved.
 */
final class EvidenceUploadHandler implements UploadHandler {

    /** What the form does with an upload; called on the UI thread. */
    interface Receiver extends Serializable {

        void received(String fileName, byte[] bytes);

        void tooLarge(String fileName);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final transient ThreadLocal<Boolean> refused = new ThreadLocal<>();

    EvidenceUploadHandler(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = fileNameOf(event.getFileName());
        if (event.getFileSize() > maxBytes) {
            refuse(ui, fileName);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = read(in, maxBytes);
        }
        if (bytes == null) {
            refuse(ui, fileName);
            return;
        }
        refused.remove();
        access(ui, () -> receiver.received(fileName, bytes));
    }

    /** At most {@code maxBytes} bytes of the stream; null when it is longer (the rest is not read). */
    static byte @Nullable [] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(UI ui, String fileName) {
        refused.set(Boolean.TRUE);
        access(ui, () -> receiver.tooLarge(fileName));
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean wasRefused = Boolean.TRUE.equals(refused.get());
        refused.remove();
        if (wasRefused) {
            response.setStatus(413);
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // the page was closed meanwhile: nothing to hand the file to
        }
    }

    static String fileNameOf(@Nullable String name) {
        if (name == null || name.isBlank() || "unknown".equals(name)) {
            return "evidence";
        }
        String base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
