package com.chainleads.transfer.ui;

import com.chainleads.transfer.service.ImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Excel downloads for views: a {@link DownloadHandler} that streams a workbook straight into the response (no
 * byte array of the whole file), and a button that starts the download. Use it for exports:
 *
 * <pre>{@code
 * Anchor export = Downloads.button(getTranslation("lead.export"),
 *         Downloads.xlsx(() -> "招商线索.xlsx", out -> leadService.export(filter, locale, out)));
 * }</pre>
 * The handler runs on the download request's thread, with the user's security context: a
 * {@code @Transactional(readOnly = true)} service method can stream rows from the database into the writer.
 * There is no current UI in that request: take the locale and any translated texts (file name, title, headers)
 * when the button is made, not inside the handler.
 */
public final class Downloads {

    /** Writes a workbook to the response. */
    @FunctionalInterface
    public interface WorkbookWriter extends Serializable {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {}

    public static DownloadHandler xlsx(SerializableSupplier<String> fileName, WorkbookWriter writer) {
        return event -> {
            event.setFileName(fileName.get());
            event.setContentType(ImportService.XLSX_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
    }

    /** A file of the work folder (e.g. an error report). */
    public static DownloadHandler file(Path file, SerializableSupplier<String> fileName) {
        return xlsx(fileName, out -> Files.copy(file, out));
    }

    /** A button that downloads what the handler writes. */
    public static Anchor button(String text, DownloadHandler handler) {
        Button button = new Button(text, VaadinIcon.DOWNLOAD_ALT.create());
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(button);
        anchor.addClassName("cl-download");
        return anchor;
    }
}
