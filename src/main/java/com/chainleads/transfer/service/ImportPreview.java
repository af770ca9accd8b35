package com.chainleads.transfer.service;

/** What a checked file holds, shown before the user confirms. */
public record ImportPreview(String fileName, PassResult result) {

    /** Whether the file can be applied in this mode. */
    public boolean canApply(ImportMode mode) {
        return result.validRows() > 0 && (mode == ImportMode.VALID_ONLY || result.invalidRows() == 0);
    }
}
