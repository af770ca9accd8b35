package com.chainleads.construction.service;

import com.chainleads.construction.domain.ProjectProgress;
import com.chainleads.construction.domain.ProjectProgressRepository;
import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a project's row of {@code project_progress} in step: called in the transaction of every plan, evidence or
 * investment write, with the plan and figures the write has just produced (one project, a dozen rows: no scan).
 */
@Component
class ProgressWriter {

    private final ProjectProgressRepository rows;
    private final ScheduleClock schedule;
    private final Clock clock;
    private final PlanReader reader;
    private final LeadService leads;

    ProgressWriter(
            ProjectProgressRepository rows, ScheduleClock schedule, Clock clock, PlanReader reader, LeadService leads) {
        this.rows = rows;
        this.reader = reader;
        this.leads = leads;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Rewrites the project's row from its plan and figures as they are now; returns the plan's lines. */
    List<PlanLine> refresh(long leadId) {
        LeadDetails lead = leads.load(leadId);
        List<PlanLine> lines = reader.lines(leadId, LocalDate.now(clock));
        write(leadId, lines, reader.figures(lead, false));
        return lines;
    }

    void write(long leadId, List<PlanLine> lines, InvestmentFigures investment) {
        LocalDate today = LocalDate.now(clock);
        PlanLine next = lines.stream()
                .filter(line -> line.actualOn() == null && line.kindActive())
                .findFirst()
                .orElse(null);
        PlanLine latest = null;
        for (PlanLine line : lines) {
            if (line.actualOn() != null && (latest == null || !line.actualOn().isBefore(latest.actualOn()))) {
                latest = line;
            }
        }
        List<ScheduleClock.Dates> dates = lines.stream()
                .filter(line -> line.kindActive() || line.actualOn() != null)
                .map(line -> new ScheduleClock.Dates(line.plannedOn(), line.actualOn()))
                .toList();
        @Nullable LocalDate earliestOpen = ScheduleClock.earliestOpenPlanned(dates);
        int evidenceCount =
                lines.stream().mapToInt(line -> line.evidence().size()).sum();
        ProjectProgress row = rows.findByLeadId(leadId).orElseGet(() -> new ProjectProgress(leadId));
        row.update(
                next == null ? null : next.kindId(),
                next == null ? null : next.plannedOn(),
                earliestOpen,
                latest == null ? null : latest.kindId(),
                latest == null ? null : latest.actualOn(),
                schedule.projectStatus(dates, today),
                investment.completedTotal(),
                investment.plannedTotal(),
                evidenceCount,
                clock.instant());
        rows.save(row);
    }
}
