package com.chainleads.transfer.service;

import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.xlsx.ColumnSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One kind of import (e.g. leads): its columns, how a row becomes a value, the duplicate key and where the
 * values go. Register an implementation as a Spring bean; views find it by {@link #name()} through
 * {@link ImportDefinitions}.
 */
public interface ImportDefinition<T> {

    /** The name views ask for, e.g. {@code "leads"}. */
    String name();

    /** Translation key of what is imported, e.g. 招商线索; names the template's sheet and files. */
    String titleKey();

    /** The columns, in template order; asked for each template and each pass, so they may follow reference data. */
    List<ColumnSpec> columns();

    /**
     * The columns the template offers; by default all of {@link #columns}. Fewer when some columns are recognised
     * only to be refused with a clear message (e.g. an amount whose header names no unit).
     */
    default List<ColumnSpec> templateColumns() {
        return columns();
    }

    /** A fresh mapper for one pass over a file. */
    ImportRowMapper<T> mapper(ImportContext context);

    ImportTarget<T> target();

    /**
     * The target for one pass over a file (the preview, or the apply): override to give each pass its own state,
     * e.g. the ids of the rows it stored so far. The pipeline asks once per pass.
     */
    default ImportTarget<T> target(ImportContext context) {
        return target();
    }

    /** The column of the duplicate key (e.g. the credit code), or {@code null} when rows have no key. */
    default @Nullable ColumnSpec keyColumn() {
        return null;
    }

    /**
     * The duplicate key of a mapped value — normalised, e.g. the credit code in capitals — or {@code null}.
     * Rows with a key seen earlier in the file, or already existing ({@link ImportTarget#existingKeys}), are
     * refused.
     */
    default @Nullable String key(T value) {
        return null;
    }

    /** Extra lines for the template's instructions sheet, in the translator's language. */
    default List<String> instructions(Translator translator) {
        return List.of();
    }

    /** Translation key of a notice shown above the import, or {@code null}. */
    default @Nullable String noticeKey() {
        return null;
    }

    /** A stand-in (the demo) that gives way to any other definition of the same name. */
    default boolean fallback() {
        return false;
    }
}
