package com.chainleads.construction.service;

import com.chainleads.construction.domain.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A signed project's construction plan as of today, with what the caller may do. */
public record ProjectPlan(
        long leadId,
        @Nullable LocalDate signedOn,
        ProjectStatus status,
        int severeDelayDays,
        List<PlanLine> lines,
        boolean canEdit) {}
