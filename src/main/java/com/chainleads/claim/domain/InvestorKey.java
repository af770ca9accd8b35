package com.chainleads.claim.domain;

/**
 * The investor-name keys stored beside each lead (columns {@code investor_name_key}, {@code investor_brand} and
 * {@code investor_name_version} of {@code investment_lead}) so that 撞单 candidates are found by index instead of
 * comparing every name: the {@link NormalizedName#key()} and {@link NormalizedName#brand()} of the investor's
 * name, and the {@link InvestorNameNormalizer#VERSION} that computed them (keys of another version are
 * recomputed at start-up, see {@code InvestorNameKeysChange}).
 */
public record InvestorKey(String nameKey, String brand, int version) {

    public static final int MAX_KEY_LENGTH = 200;
    public static final int MAX_BRAND_LENGTH = 100;

    public static InvestorKey of(String investorName) {
        return of(InvestorNameNormalizer.normalize(investorName));
    }

    public static InvestorKey of(NormalizedName name) {
        return new InvestorKey(
                cut(name.key(), MAX_KEY_LENGTH), cut(name.brand(), MAX_BRAND_LENGTH), InvestorNameNormalizer.VERSION);
    }

    /** The beginning of the key shared by likely typos, followed by the LIKE wildcard. */
    public String prefixPattern() {
        int end = nameKey.offsetByCodePoints(0, Math.min(2, nameKey.codePointCount(0, nameKey.length())));
        return nameKey.substring(0, end)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
