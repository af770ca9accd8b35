package com.chainleads.lead.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline: 线索登记 → 研判 → 接洽考察 → 在谈 → 签约 → 注册落地 → 开工 → 投产 → 达产, with the side states
 * 暂缓 (on hold) and 终止 (lost). {@link #rank()} orders the main stages; side states sort after them.
 */
public enum LeadStage {
    REGISTERED(1),
    SCREENING(2),
    CONTACT(3),
    NEGOTIATING(4),
    SIGNED(5),
    INCORPORATED(6),
    CONSTRUCTION(7),
    PRODUCTION(8),
    FULL_CAPACITY(9),
    ON_HOLD(20),
    LOST(30);

    /** Stages in which a lead is still being worked on (counts as "active" in the pipeline). */
    public static final Set<LeadStage> ACTIVE = EnumSet.range(REGISTERED, PRODUCTION);
    /** The main stages before signing. */
    public static final Set<LeadStage> BEFORE_SIGNING = EnumSet.range(REGISTERED, NEGOTIATING);
    /** Signed or later on the main line: the project has landed or is landing. */
    public static final Set<LeadStage> SIGNED_OR_LATER = EnumSet.range(SIGNED, FULL_CAPACITY);

    private final int rank;

    LeadStage(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isMainLine() {
        return rank < ON_HOLD.rank;
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** At or past {@code other} on the main line. */
    public boolean reached(LeadStage other) {
        return isMainLine() && rank >= other.rank;
    }

    public String translationKey() {
        return "lead.stage." + name();
    }
}
