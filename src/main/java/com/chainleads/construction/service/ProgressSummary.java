package com.chainleads.construction.service;

import com.chainleads.construction.domain.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A project's stored summary (project_progress) with its status as of today: what a list over all signed projects
 * shows per row without reading plans.
 */
public record ProgressSummary(
        long leadId,
        @Nullable Long nextKindId,
        @Nullable LocalDate nextPlannedOn,
        @Nullable Long latestKindId,
        @Nullable LocalDate latestActualOn,
        ProjectStatus statusToday,
        BigDecimal completedTotal,
        BigDecimal plannedTotal,
        int evidenceCount,
        Instant updatedAt) {}
