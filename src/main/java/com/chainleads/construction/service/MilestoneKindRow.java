package com.chainleads.construction.service;

import com.chainleads.lead.domain.LeadStage;
import org.jspecify.annotations.Nullable;

/** A milestone kind as the administrators' list shows it; {@code inUse} when some plan has a row of it. */
public record MilestoneKindRow(
        long id,
        long version,
        String code,
        String nameZh,
        String nameEn,
        int sortOrder,
        @Nullable LeadStage leadStage,
        boolean active,
        boolean inUse) {}
