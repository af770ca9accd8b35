package com.chainleads.construction.service;

import com.chainleads.construction.domain.KindName;
import com.chainleads.construction.domain.MilestoneStatus;
import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of a project's plan as the tab shows it; {@code milestoneId} is empty while nothing was entered
 * for the kind (version 0 then).
 */
public record PlanLine(
        long kindId,
        String kindCode,
        KindName kind,
        boolean kindActive,
        @Nullable LeadStage leadStage,
        @Nullable Long milestoneId,
        long version,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate actualOn,
        MilestoneStatus status,
        long daysLate,
        @Nullable String confirmedByName,
        @Nullable Instant confirmedAt,
        @Nullable String note,
        List<EvidenceRow> evidence) {}
