package com.chainleads.cockpit.service;

import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadFilter;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The data behind the cockpit's charts; each point carries the lead filter a click opens. */
public final class ChartData {

    private ChartData() {}

    /** Leads and planned investment of one group (a sector, a region, a channel, a project type). */
    public record Bar(String key, long count, BigDecimal investment, LeadFilter leads) {}

    /** Leads that reached a stage, and the share of the previous stage's leads that got this far. */
    public record FunnelStep(
            LeadStage stage, long reached, @Nullable Double conversion, LeadFilter leads) {}

    /** New and signed leads of one month. */
    public record Month(
            YearMonth month, long newLeads, long signedLeads, LeadFilter newFilter, LeadFilter signedFilter) {}
}
