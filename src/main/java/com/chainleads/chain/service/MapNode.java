package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A link as the industry map draws it: its local strength and the active leads targeting it (visible to the
 * current user), with their stages and planned investment in 万元.
 */
public record MapNode(
        ChainLinkOption link,
        long localEnterprises,
        LinkStrength strength,
        long activeLeads,
        Map<String, Long> activeLeadsByStage,
        BigDecimal plannedInvestmentWan)
        implements LocalizedName {

    public long id() {
        return link.id();
    }

    @Override
    public String getNameZh() {
        return link.nameZh();
    }

    @Override
    public String getNameEn() {
        return link.nameEn();
    }

    /** A gap (缺) that leads are already working on. */
    public boolean isGapBeingFilled() {
        return strength == LinkStrength.MISSING && activeLeads > 0;
    }
}
