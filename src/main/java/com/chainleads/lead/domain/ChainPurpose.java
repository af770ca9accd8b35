package com.chainleads.lead.domain;

/** 补链 fill a gap, 延链 extend the chain, 强链 strengthen a link. */
public enum ChainPurpose {
    FILL_GAP,
    EXTEND,
    STRENGTHEN;

    public String translationKey() {
        return "lead.purpose." + name();
    }
}
