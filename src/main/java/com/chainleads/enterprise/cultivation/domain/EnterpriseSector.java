package com.chainleads.enterprise.cultivation.domain;

import org.jspecify.annotations.Nullable;

/** An enterprise and its sector (a query's row). */
public record EnterpriseSector(long enterpriseId, @Nullable Long sectorId) {}
