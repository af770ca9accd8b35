package com.chainleads.construction.service;

import com.chainleads.construction.domain.InvestmentMonth;
import com.chainleads.construction.domain.InvestmentMonthRepository;
import com.chainleads.construction.domain.KindName;
import com.chainleads.construction.domain.MilestoneEvidence;
import com.chainleads.construction.domain.MilestoneEvidenceRepository;
import com.chainleads.construction.domain.MilestoneKind;
import com.chainleads.construction.domain.MilestoneKindRepository;
import com.chainleads.construction.domain.MilestoneStatus;
import com.chainleads.construction.domain.ProjectMilestone;
import com.chainleads.construction.domain.ProjectMilestoneRepository;
import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.lead.service.LeadDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads one project's plan and investment figures as rows for the tab (and for the summary row): a line per active
 * milestone kind, plus kinds no longer active that the plan already uses, in the kinds' order.
 */
@Component
class PlanReader {

    private final MilestoneKindRepository kinds;
    private final ProjectMilestoneRepository milestones;
    private final MilestoneEvidenceRepository evidence;
    private final InvestmentMonthRepository months;
    private final ScheduleClock schedule;

    PlanReader(
            MilestoneKindRepository kinds,
            ProjectMilestoneRepository milestones,
            MilestoneEvidenceRepository evidence,
            InvestmentMonthRepository months,
            ScheduleClock schedule) {
        this.kinds = kinds;
        this.milestones = milestones;
        this.evidence = evidence;
        this.months = months;
        this.schedule = schedule;
    }

    List<MilestoneKind> kindsOf(Map<Long, ProjectMilestone> rowsByKind) {
        return kinds.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(kind -> kind.isActive() || rowsByKind.containsKey(kind.getId()))
                .toList();
    }

    Map<Long, ProjectMilestone> rowsByKind(long leadId) {
        return milestones.findPlan(leadId).stream()
                .collect(Collectors.toMap(row -> row.getKind().getId(), Function.identity()));
    }

    List<PlanLine> lines(long leadId, LocalDate today) {
        Map<Long, ProjectMilestone> rows = rowsByKind(leadId);
        Map<Long, List<EvidenceRow>> files = new HashMap<>();
        for (MilestoneEvidence file : evidence.findOfLead(leadId)) {
            files.computeIfAbsent(file.getMilestone().getId(), id -> new ArrayList<>())
                    .add(new EvidenceRow(
                            file.getId(),
                            file.getVersion(),
                            file.getFileType(),
                            file.getFileName(),
                            file.getSizeBytes(),
                            file.getUploadedBy().getDisplayName(),
                            file.getUploadedAt(),
                            file.getCapturedAt()));
        }
        List<PlanLine> lines = new ArrayList<>();
        for (MilestoneKind kind : kindsOf(rows)) {
            ProjectMilestone row = rows.get(kind.getId());
            lines.add(line(kind, row, row == null ? List.of() : files.getOrDefault(row.getId(), List.of()), today));
        }
        return lines;
    }

    private PlanLine line(
            MilestoneKind kind, @Nullable ProjectMilestone row, List<EvidenceRow> files, LocalDate today) {
        LocalDate planned = row == null ? null : row.getPlannedOn();
        LocalDate actual = row == null ? null : row.getActualOn();
        MilestoneStatus status = schedule.status(planned, actual, today);
        long late = planned == null ? 0 : Math.max(0, ScheduleClock.daysLate(planned, actual == null ? today : actual));
        return new PlanLine(
                kind.getId(),
                kind.getCode(),
                KindName.of(kind),
                kind.isActive(),
                kind.getLeadStage(),
                row == null ? null : row.getId(),
                row == null ? 0 : row.getVersion(),
                planned,
                actual,
                status,
                late,
                row == null || row.getConfirmedBy() == null
                        ? null
                        : row.getConfirmedBy().getDisplayName(),
                row == null ? null : row.getConfirmedAt(),
                row == null ? null : row.getNote(),
                List.copyOf(files));
    }

    /** What the share is taken of: the lead's 总投资, or its signed amount when the total is missing. */
    static @Nullable BigDecimal investmentBasis(LeadDetails lead) {
        BigDecimal total = lead.draft().getTotalInvestment();
        if (total != null && total.signum() > 0) {
            return total;
        }
        BigDecimal signed = lead.draft().getSignedAmount();
        return signed != null && signed.signum() > 0 ? signed : null;
    }

    InvestmentFigures figures(LeadDetails lead, boolean canEdit) {
        List<InvestmentRow> rows = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        for (InvestmentMonth month : months.findByLeadIdOrderByMonthAsc(lead.id())) {
            if (month.getPlanned() != null) {
                planned = planned.add(month.getPlanned());
            }
            if (month.getCompleted() != null) {
                completed = completed.add(month.getCompleted());
            }
            rows.add(new InvestmentRow(
                    month.getId(),
                    month.getVersion(),
                    YearMonth.from(month.getMonth()),
                    month.getPlanned(),
                    month.getCompleted(),
                    planned,
                    completed));
        }
        BigDecimal basis = investmentBasis(lead);
        BigDecimal share = basis == null ? null : completed.divide(basis, 4, RoundingMode.HALF_UP);
        return new InvestmentFigures(List.copyOf(rows), planned, completed, basis, share, canEdit);
    }
}
