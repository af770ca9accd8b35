package com.chainleads.transfer.service;

import org.jspecify.annotations.Nullable;

/**
 * Turns one data row into a value, with the same rules as the entry form. Read cells through the row's typed
 * getters ({@link ImportRow#text}, {@link ImportRow#decimal}, {@link ImportRow#choice} …), which record a
 * problem at the cell when it does not parse; add rule problems with {@link ImportRow#problem}. Return
 * {@code null} (or anything — it is ignored) when the row has problems.
 * <p>
 * A new mapper is made for every pass over the file ({@link ImportDefinition#mapper}), so it may cache
 * reference data (sector and link names, the user's unit) for the pass. It runs on a worker thread with the
 * user's security context, outside any transaction in the preview and inside the import transaction when
 * applying.
 */
@FunctionalInterface
public interface ImportRowMapper<T> {

    @Nullable
    T map(ImportRow row);
}
