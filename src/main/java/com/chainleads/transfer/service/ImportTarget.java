package com.chainleads.transfer.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where checked rows go. The pipeline calls it in <em>one</em> transaction for a whole apply — for
 * all-or-nothing and for valid-rows-only alike — so an exception anywhere rolls everything back and nothing is
 * ever half-applied. Implement it in the feature's service (it may be a {@code @Service} method
 * with method security; the worker thread carries the user's security context).
 */
public interface ImportTarget<T> {

    /**
     * Which of these keys (from {@link ImportDefinition#key}) already exist in the register, e.g. credit codes
     * of existing leads. Called with batches of up to {@value ImportPipeline#BATCH_SIZE} keys, in the preview
     * and again when applying. Rows whose key exists are refused.
     */
    default Set<String> existingKeys(Collection<String> keys, ImportContext context) {
        return Set.of();
    }

    /**
     * Checks the valid rows of a window (up to {@value ImportPipeline#BATCH_SIZE}, in file order) together against
     * the register, before they are counted and stored — one look-up per window rather than one per row, e.g. for
     * 撞单. Refuse a row with {@link ImportRow#problem}. Called in the preview and again when applying (then inside
     * the import transaction, after the earlier windows were stored).
     */
    default void checkWindow(List<CheckedRow<T>> rows, ImportContext context) {}

    /**
     * Stores a batch of valid rows (in file order, up to {@value ImportPipeline#BATCH_SIZE} at a time) inside
     * the import transaction. Flush and clear the persistence context now and then to keep memory bounded.
     */
    void store(List<T> batch, ImportContext context);

    /** Called once after the last batch, still inside the transaction: write the audit entry naming the file. */
    default void finish(ImportSummary summary, ImportContext context) {}
}
