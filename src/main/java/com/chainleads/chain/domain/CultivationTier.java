package com.chainleads.chain.domain;

/**
 * The cultivation ladder local enterprises climb: 科技型中小企业 → 高新技术企业 → 专精特新 → 专精特新"小巨人" /
 * 制造业单项冠军. Declared from the lowest rung up.
 */
public enum CultivationTier {
    TECH_SME,
    HIGH_TECH,
    SPECIALIZED,
    LITTLE_GIANT,
    SINGLE_CHAMPION;

    public String translationKey() {
        return "chain.cultivation." + name();
    }
}
