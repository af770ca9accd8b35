package com.chainleads.chain.service;

/**
 * The active leads targeting one chain link: how many, how many per stage code (see {@link LeadStages}), and
 * their planned (total) investment in 万元.
 */
public record LinkLeadStats(
        long chainLinkId,
        long activeLeads,
        java.util.Map<String, Long> activeLeadsByStage,
        java.math.BigDecimal plannedInvestmentWan) {}
