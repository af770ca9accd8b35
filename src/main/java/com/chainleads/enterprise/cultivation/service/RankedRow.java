package com.chainleads.enterprise.cultivation.service;

import com.chainleads.enterprise.cultivation.domain.StandingRow;

/** A firm in the points ranking: its rank (firms with the same points share one) and its standing. */
public record RankedRow(long rank, StandingRow row) {}
