package com.chainleads.transfer.service;

/** What an applied import did, handed to {@link ImportTarget#finish} for the audit entry. */
public record ImportSummary(String fileName, ImportMode mode, int importedRows, int skippedRows) {}
