package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;
import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A link as the industry map draws it: its local enterprises (how many hold each top tier), their tier-weighted
 * score and strength, whether it lies next to a strong link, and the active leads targeting it (visible to the
 * current user), with their stages and planned investment in 万元.
 *
 * @param rankedEnterprises local enterprises per top tier held; unranked firms are only in {@code localEnterprises}
 * @param nextToStrong an edge joins it to a strong link of the same chain
 */
public record MapNode(
        ChainLinkOption link,
        long localEnterprises,
        Map<CultivationTier, Long> rankedEnterprises,
        BigDecimal strengthScore,
        LinkStrength strength,
        boolean nextToStrong,
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

    /** 强链, 弱链, or — without enough firms — 延链 next to a strong link and 补链 elsewhere. */
    public LinkRole role() {
        return switch (strength) {
            case STRONG -> LinkRole.STRONG;
            case WEAK -> LinkRole.WEAK;
            case MISSING -> nextToStrong ? LinkRole.EXTEND : LinkRole.GAP;
        };
    }

    /** A missing link (补链 or 延链) that leads are already working on. */
    public boolean isGapBeingFilled() {
        return strength == LinkStrength.MISSING && activeLeads > 0;
    }

    MapNode nextToStrong(boolean next) {
        return new MapNode(
                link,
                localEnterprises,
                rankedEnterprises,
                strengthScore,
                strength,
                next,
                activeLeads,
                activeLeadsByStage,
                plannedInvestmentWan);
    }
}
