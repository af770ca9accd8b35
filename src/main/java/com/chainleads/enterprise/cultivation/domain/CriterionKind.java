package com.chainleads.enterprise.cultivation.domain;

/**
 * What a tier's criterion measures, on the firm's latest year of figures: 营业收入 (万元), 研发投入 (万元) and its
 * share of revenue, 研发人员 share of 职工, 知识产权 in all and 发明专利 alone, and revenue growth on the year before.
 */
public enum CriterionKind {
    REVENUE(Unit.WAN),
    RD_EXPENSE(Unit.WAN),
    RD_SHARE(Unit.PERCENT),
    RD_STAFF_SHARE(Unit.PERCENT),
    IP_TOTAL(Unit.COUNT),
    INVENTION_PATENTS(Unit.COUNT),
    REVENUE_GROWTH(Unit.PERCENT);

    /** How a value and its gap are said: 万元, percentage points, or a count. */
    public enum Unit {
        WAN,
        PERCENT,
        COUNT
    }

    private final Unit unit;

    CriterionKind(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public String translationKey() {
        return "cultivation.criterion." + name();
    }
}
