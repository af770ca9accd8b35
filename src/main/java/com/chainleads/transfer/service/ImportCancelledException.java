package com.chainleads.transfer.service;

/** The user cancelled a running pass; when applying, nothing was imported. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("Import cancelled", null, false, false);
    }
}
