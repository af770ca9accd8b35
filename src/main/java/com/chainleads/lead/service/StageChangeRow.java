package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a lead's stage history. */
public record StageChangeRow(
        long id,
        @Nullable LeadStage fromStage,
        LeadStage toStage,
        String changedByName,
        Instant changedAt,
        @Nullable String comment) {}
