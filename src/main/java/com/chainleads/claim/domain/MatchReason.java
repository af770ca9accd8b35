package com.chainleads.claim.domain;

/** Why the matcher decided as it did; each has a translation key for the hint the officer or leader reads. */
public enum MatchReason {
    /** Both carry the same unified social credit code. */
    SAME_CREDIT_CODE(MatchDecision.SAME),
    /** The names are the same once written alike (legal form, region qualifier, width, brackets, spaces, case). */
    SAME_NAME(MatchDecision.SAME),
    /** The same name, but the credit codes differ: e.g. two registrations in different places. */
    SAME_NAME_OTHER_CREDIT_CODE(MatchDecision.SIMILAR),
    /** The same name, registered in different regions (深圳… vs 上海…): likely sister companies. */
    SAME_NAME_OTHER_REGION(MatchDecision.SIMILAR),
    /** The same brand; one name has no business words (比亚迪 vs 比亚迪电子): maybe the group, maybe the same. */
    SAME_BRAND_ONE_WITHOUT_BUSINESS(MatchDecision.SIMILAR),
    /** The same brand; one business contains the other (比亚迪汽车 vs 比亚迪汽车工业). */
    SAME_BRAND_RELATED_BUSINESS(MatchDecision.SIMILAR),
    /** The same brand; the business words differ but name one industry (达旭化学科技 vs 达旭化工). */
    SAME_BRAND_SAME_INDUSTRY(MatchDecision.SIMILAR),
    /** The same brand, another business (华为技术 vs 华为终端): different legal entities of one group. */
    SAME_BRAND_OTHER_BUSINESS(MatchDecision.DIFFERENT),
    /** Different brands, but the names differ in a character or two only: perhaps a typo. */
    NEAR_IDENTICAL(MatchDecision.SIMILAR),
    /** Different names. */
    DIFFERENT_NAME(MatchDecision.DIFFERENT),
    /** One of the names is empty once normalised. */
    NO_NAME(MatchDecision.DIFFERENT);

    private final MatchDecision decision;

    MatchReason(MatchDecision decision) {
        this.decision = decision;
    }

    public MatchDecision decision() {
        return decision;
    }

    public String translationKey() {
        return "practice.match.reason." + name();
    }
}
