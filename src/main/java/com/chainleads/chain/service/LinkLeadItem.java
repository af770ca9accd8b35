package com.chainleads.chain.service;

/** One lead targeting a chain link, as the map's side panel lists it; {@code stage} is a stage code. */
public record LinkLeadItem(long leadId, String leadNo, String projectName, String investorName, String stage,
        java.math.BigDecimal totalInvestmentWan) {}
