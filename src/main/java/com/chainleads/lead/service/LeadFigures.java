package com.chainleads.lead.service;

import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import com.chainleads.lead.domain.OwnerClockCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lead register's figures — counts and sums by sector, stage, period, chain link, and the response clocks —
 * for the cockpit and the industry map, always with the caller's visibility (officers: their unit's leads). The
 * lead list's own count and total are {@link LeadQueries}'.
 *
 * <p>Two implementations answer the same questions: {@link SummaryFigures} (the application's, from the summary
 * tables kept in step with every write) and {@link LeadTableFigures} (from the lead table at each look: the
 * reference the summaries are checked and measured against).
 */
public interface LeadFigures {

    /**
     * Leads in these stages with a planned investment in {@code band} or above: how many, and their planned
     * investment, signed amount and funds received.
     */
    LeadGroupTotals stageTotals(FigureScope scope, Set<LeadStage> stages, InvestmentBand band);

    /** The same per sector (key: sector code); sectors without such leads are left out. */
    List<LeadGroupTotals> stageTotalsBySector(FigureScope scope, Set<LeadStage> stages);

    /**
     * Leads whose {@code event} fell on a day from {@code from} to {@code to} (inclusive): how many, and their signed
     * amount (for {@link LeadEvent#SIGNED}) or planned investment (otherwise).
     */
    LeadTally eventTotals(LeadEvent event, FigureScope scope, LocalDate from, LocalDate to);

    /** How many leads' {@code event} fell in each of the given months. */
    long[] eventCountsByMonth(LeadEvent event, FigureScope scope, List<YearMonth> months);

    /**
     * The cohort of leads first reported from {@code from} to {@code to}, grouped by origin region, channel,
     * project type or furthest stage (key: its rank): how many and their planned investment per group; groups
     * without leads are left out, leads without a value form the group with key null.
     */
    List<LeadTally> cohortTotals(FigureScope scope, LocalDate from, LocalDate to, LeadGrouping grouping);

    /** Per unit and officer, the leads that break the response clocks today; officers without any are left out. */
    List<OwnerClockCounts> clockCounts(FigureScope scope);

    /**
     * Active leads per chain link and stage of the links of one sector (all sectors when null), as key
     * {@code "<link id>|<STAGE>"} with their count and planned investment, for the industry map.
     */
    List<LeadGroupTotals> activeLeadsByLinkAndStage(@Nullable Long sectorId);
}
