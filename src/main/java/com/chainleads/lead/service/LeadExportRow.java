package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lead with every field an import reads back: the draft with names for its references, so an exported file
 * imports again unchanged.
 */
public record LeadExportRow(
        long id,
        String leadNo,
        LeadDraft draft,
        LeadStage stage,
        String sectorNameZh,
        String sectorNameEn,
        @Nullable String chainLinkNameZh,
        @Nullable String chainLinkNameEn,
        String unitNameZh,
        String unitNameEn,
        String ownerUsername,
        String ownerName,
        @Nullable String leaderName,
        Instant firstReportedAt) {}
