package com.chainleads.lead.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How many leads, and an amount of theirs in 万元 (the planned investment, or the signed amount for signings).
 * {@code key} is the group's code (a region, a channel, a project type, the rank of the furthest stage), null for
 * leads without a value or for an ungrouped figure.
 */
public record LeadTally(@Nullable String key, long count, BigDecimal amount) {}
