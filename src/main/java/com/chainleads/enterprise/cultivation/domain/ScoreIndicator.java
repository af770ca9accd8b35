package com.chainleads.enterprise.cultivation.domain;

/**
 * The indicators of the 创新积分 model, after the national 企业创新积分制 pilot: 技术创新指标 (R&D amount and share, R&D
 * staff share, 知识产权 by kind, platforms by level), 成长经营指标 (revenue growth, tax) and 辅助指标 (the highest tier
 * held, by its rung 1–5).
 */
public enum ScoreIndicator {
    RD_EXPENSE(Group.TECHNOLOGY),
    RD_SHARE(Group.TECHNOLOGY),
    RD_STAFF_SHARE(Group.TECHNOLOGY),
    INVENTION_PATENTS(Group.TECHNOLOGY),
    UTILITY_PATENTS(Group.TECHNOLOGY),
    DESIGN_PATENTS(Group.TECHNOLOGY),
    SOFTWARE_COPYRIGHTS(Group.TECHNOLOGY),
    NATIONAL_PLATFORMS(Group.TECHNOLOGY),
    PROVINCIAL_PLATFORMS(Group.TECHNOLOGY),
    CITY_PLATFORMS(Group.TECHNOLOGY),
    REVENUE_GROWTH(Group.GROWTH),
    TAX(Group.GROWTH),
    TOP_TIER(Group.SUPPORTING);

    /** 技术创新指标, 成长经营指标, 辅助指标. */
    public enum Group {
        TECHNOLOGY,
        GROWTH,
        SUPPORTING;

        public String translationKey() {
            return "cultivation.group." + name();
        }
    }

    private final Group group;

    ScoreIndicator(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public String translationKey() {
        return "cultivation.indicator." + name();
    }
}
