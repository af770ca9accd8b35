package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/**
 * A lead was handed over to another officer. Published inside the transaction of the handover: a user's
 * ({@link LeadService#handOver}), or one that settles a 撞单 ({@link DuplicateSettlement}).
 *
 * @param byUserId who handed it over
 */
public record LeadHandedOver(
        long leadId,
        String leadNo,
        String projectName,
        long fromOwnerId,
        long toOwnerId,
        long toUnitId,
        long byUserId,
        @Nullable String reason) {}
