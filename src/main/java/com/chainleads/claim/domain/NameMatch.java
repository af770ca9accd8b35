package com.chainleads.claim.domain;

/**
 * The matcher's answer for two investors.
 *
 * @param decision same enterprise, worth a look, or different
 * @param score    Jaro-Winkler similarity of the normalised names, 0 to 1 (1 for the same name or credit code);
 *                 for ranking candidates, not for deciding
 * @param reason   why, with a translation key for the hint
 */
public record NameMatch(MatchDecision decision, double score, MatchReason reason) {

    static NameMatch of(MatchReason reason, double score) {
        return new NameMatch(reason.decision(), score, reason);
    }

    public boolean isSame() {
        return decision == MatchDecision.SAME;
    }

    /** SAME or SIMILAR: worth showing at entry. */
    public boolean needsAttention() {
        return decision != MatchDecision.DIFFERENT;
    }
}
