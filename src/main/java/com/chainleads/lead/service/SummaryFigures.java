package com.chainleads.lead.service;

import com.chainleads.base.summary.SummaryScope;
import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import com.chainleads.lead.domain.OwnerClockCounts;
import com.chainleads.lead.summary.ClockTotals;
import com.chainleads.lead.summary.PeriodKind;
import com.chainleads.lead.summary.SummaryQueries;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures as the application reads them: from the summary tables ({@link SummaryQueries}), kept in step with
 * every lead change, so each costs the same with a thousand leads or a million. Answers exactly what
 * {@link LeadTableFigures} answers from the lead table.
 */
@Service
@Primary
@PermitAll
@Transactional(readOnly = true)
public class SummaryFigures implements LeadFigures {

    private final SummaryQueries summaries;
    private final ResponseClocks clocks;
    private final CurrentUser currentUser;
    private final Clock clock;

    SummaryFigures(SummaryQueries summaries, ResponseClocks clocks, CurrentUser currentUser, Clock clock) {
        this.summaries = summaries;
        this.clocks = clocks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The scope with the caller's visibility: officers see their own unit's leads, the others all. */
    private SummaryScope scope(FigureScope scope) {
        AppUserPrincipal user = currentUser.require();
        return new SummaryScope(scope.sectors(), scope.unit(), user.role() != Role.OFFICER, user.unitId());
    }

    @Override
    public LeadGroupTotals stageTotals(FigureScope scope, Set<LeadStage> stages, InvestmentBand band) {
        return summaries.stageTotals(scope(scope), stages, band.ordinal());
    }

    @Override
    public List<LeadGroupTotals> stageTotalsBySector(FigureScope scope, Set<LeadStage> stages) {
        return summaries.stageTotalsBySector(scope(scope), stages);
    }

    @Override
    public LeadTally eventTotals(LeadEvent event, FigureScope scope, LocalDate from, LocalDate to) {
        return summaries.periodTotals(PeriodKind.of(event), scope(scope), from, to);
    }

    @Override
    public long[] eventCountsByMonth(LeadEvent event, FigureScope scope, List<YearMonth> months) {
        return summaries.monthlyCounts(PeriodKind.of(event), scope(scope), months);
    }

    @Override
    public List<LeadTally> cohortTotals(FigureScope scope, LocalDate from, LocalDate to, LeadGrouping grouping) {
        return summaries.periodTotalsByValue(PeriodKind.of(grouping), scope(scope), from, to);
    }

    @Override
    public List<OwnerClockCounts> clockCounts(FigureScope scope) {
        LocalDate today = LocalDate.now(clock);
        return summaries
                .clockTotals(
                        scope(scope),
                        clocks.overdueLastActivity(today),
                        clocks.staleLastActivity(today),
                        clocks.lateScreeningReportedBy(today))
                .stream()
                .map(ClockTotals::counts)
                .filter(counts -> counts.total() > 0)
                .toList();
    }

    @Override
    public List<LeadGroupTotals> activeLeadsByLinkAndStage(@Nullable Long sectorId) {
        return summaries.linkStageTotals(scope(FigureScope.ALL), sectorId, LeadStage.ACTIVE);
    }
}
