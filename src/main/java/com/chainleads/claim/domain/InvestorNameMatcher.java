package com.chainleads.claim.domain;

import com.chainleads.base.domain.CreditCode;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two investors are the same enterprise — the heart of 撞单 detection. The credit code decides
 * when both have one; otherwise the names, normalised by {@link InvestorNameNormalizer}, are compared by rules,
 * with Apache Commons Text's Jaro-Winkler similarity and Levenshtein distance for near-identical spellings:
 * <ol>
 * <li>the same normalised name is the same enterprise — unless the names state different regions (深圳 vs 上海:
 * sister companies, {@link MatchDecision#SIMILAR});</li>
 * <li>the same brand (字号) is {@link MatchDecision#SIMILAR} when one name has no business words (比亚迪 vs
 * 比亚迪电子), when one business contains the other (达旭化学 vs 达旭化学科技), or when both businesses name the
 * same industry ({@link Industry}: 达旭化学科技 vs 达旭化工, 恒瑞医药 vs 恒瑞制药) — a person should look; the same
 * brand in different industries is a different legal entity of a group, or another enterprise that happens to
 * share the 字号 (华为技术 vs 华为终端, 比亚迪汽车 vs 比亚迪电子, 达旭化学 vs 达旭文旅: {@link MatchDecision#DIFFERENT}).
 * Words that say nothing of the industry (科技, 技术, 实业, 发展…) neither make nor break a match;</li>
 * <li>different brands are different enterprises, unless the whole names are near-identical (long enough, at
 * most one edit per eight characters, Jaro-Winkler ≥ 0.9): a likely typo, {@link MatchDecision#SIMILAR}. A single
 * differing character in a short name is not enough — 华为 and 华力 are different brands.</li>
 * </ol>
 * Pure and thread-safe.
 */
public final class InvestorNameMatcher {

    static final double NEAR_IDENTICAL_SIMILARITY = 0.9;
    static final int NEAR_IDENTICAL_MIN_LENGTH = 5;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private InvestorNameMatcher() {}

    /** Compares two names as entered. */
    public static NameMatch match(@Nullable String nameA, @Nullable String nameB) {
        return match(InvestorNameNormalizer.normalize(nameA), InvestorNameNormalizer.normalize(nameB));
    }

    /** Compares two investors by credit code (when both have one) and name. */
    public static NameMatch match(
            @Nullable String nameA, @Nullable CreditCode codeA, @Nullable String nameB, @Nullable CreditCode codeB) {
        if (codeA != null && codeA.equals(codeB)) {
            return NameMatch.of(MatchReason.SAME_CREDIT_CODE, 1.0);
        }
        return match(InvestorNameNormalizer.normalize(nameA), codeA, InvestorNameNormalizer.normalize(nameB), codeB);
    }

    /** Compares two investors by credit code and normalised name (normalise once, compare many times). */
    public static NameMatch match(
            NormalizedName nameA, @Nullable CreditCode codeA, NormalizedName nameB, @Nullable CreditCode codeB) {
        if (codeA != null && codeA.equals(codeB)) {
            return NameMatch.of(MatchReason.SAME_CREDIT_CODE, 1.0);
        }
        NameMatch byName = match(nameA, nameB);
        if (codeA != null && codeB != null && byName.isSame()) {
            // two registrations cannot be one enterprise, however alike the names
            return NameMatch.of(MatchReason.SAME_NAME_OTHER_CREDIT_CODE, byName.score());
        }
        return byName;
    }

    /** Compares two normalised names (normalise stored names once, compare many times). */
    public static NameMatch match(NormalizedName a, NormalizedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NameMatch.of(MatchReason.NO_NAME, 0.0);
        }
        if (a.key().equals(b.key())) {
            return ChineseRegions.conflict(a.regions(), b.regions())
                    ? NameMatch.of(MatchReason.SAME_NAME_OTHER_REGION, 1.0)
                    : NameMatch.of(MatchReason.SAME_NAME, 1.0);
        }
        double score = JARO_WINKLER.apply(a.key(), b.key());
        if (a.brand().equals(b.brand())) {
            if (a.business().isEmpty() || b.business().isEmpty()) {
                return NameMatch.of(MatchReason.SAME_BRAND_ONE_WITHOUT_BUSINESS, score);
            }
            if (a.business().contains(b.business()) || b.business().contains(a.business())) {
                return NameMatch.of(MatchReason.SAME_BRAND_RELATED_BUSINESS, score);
            }
            if (Industry.shareOne(a.business(), b.business())) {
                return NameMatch.of(MatchReason.SAME_BRAND_SAME_INDUSTRY, score);
            }
            return NameMatch.of(MatchReason.SAME_BRAND_OTHER_BUSINESS, score);
        }
        if (nearIdentical(a.key(), b.key(), score)) {
            return NameMatch.of(MatchReason.NEAR_IDENTICAL, score);
        }
        return NameMatch.of(MatchReason.DIFFERENT_NAME, score);
    }

    private static boolean nearIdentical(String a, String b, double similarity) {
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (shorter < NEAR_IDENTICAL_MIN_LENGTH || similarity < NEAR_IDENTICAL_SIMILARITY) {
            return false;
        }
        int allowed = Math.max(1, longer / 8);
        return LEVENSHTEIN.apply(a, b) <= allowed;
    }
}
