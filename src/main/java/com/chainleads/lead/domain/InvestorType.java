package com.chainleads.lead.domain;

/** 投资方类型. */
public enum InvestorType {
    CENTRAL_SOE,
    LOCAL_SOE,
    PRIVATE,
    FOREIGN,
    HK_MACAO_TAIWAN;

    public String translationKey() {
        return "lead.investorType." + name();
    }
}
