package com.chainleads.enterprise.service;

import org.jspecify.annotations.Nullable;

/**
 * One checked row of the library import: the firm's profile, at most one tier held and at most one year's figures.
 * Rows whose credit code is in the library already update that firm.
 */
public record LibraryImportRow(
        int rowNumber,
        ProfileCommand profile,
        @Nullable TierCommand tier,
        @Nullable IndicatorsCommand indicators) {}
