package com.chainleads.construction.service;

import com.chainleads.lead.domain.LeadStage;
import org.jspecify.annotations.Nullable;

/** What the kind form sends: names in both languages, the stage it moves a lead to, active or not. */
public record MilestoneKindDraft(
        @Nullable Long id,
        long version,
        String nameZh,
        String nameEn,
        @Nullable LeadStage leadStage,
        boolean active) {}
