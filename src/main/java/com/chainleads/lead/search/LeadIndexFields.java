package com.chainleads.lead.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a lead's document in the search index and how values are encoded in them — the one place both
 * the document binder (writing) and the query builder (reading) take them from. Numbers, dates and instants are
 * longs (Lucene {@code LongPoint} plus numeric doc values); codes are keywords; texts are analysed for Chinese.
 */
public final class LeadIndexFields {

    /** Raised whenever the document's fields change: a start finding older documents rebuilds the index. */
    public static final int MAPPING_VERSION = 1;

    public static final String INDEX = "lead";

    // numbers (filter and sort)
    public static final String ID = "id";
    public static final String MAPPING = "mapping";
    public static final String SECTOR_ID = "sectorId";
    public static final String LINK_ID = "linkId";
    public static final String UNIT_ID = "unitId";
    public static final String OWNER_ID = "ownerId";
    public static final String SECTOR_ORDER = "sectorOrder";
    public static final String LINK_ORDER = "linkOrder";
    public static final String UNIT_ORDER = "unitOrder";
    public static final String STAGE_RANK = "stageRank";
    public static final String FURTHEST_RANK = "furthestRank";
    /** Total investment in hundredths of 万元. */
    public static final String INVESTMENT = "investment";

    public static final String HOT = "hot";
    /** Instants as epoch milliseconds. */
    public static final String REPORTED_AT = "reportedAt";

    public static final String UPDATED_AT = "updatedAt";
    /** Dates as epoch days. */
    public static final String NEXT_FOLLOW_UP = "nextFollowUp";

    public static final String LAST_ACTIVITY = "lastActivity";
    public static final String SIGNED_ON = "signedOn";
    public static final String LANDED_ON = "landedOn";
    /** The lead number as year × 10⁸ + sequence, so ZS-2026-10000 sorts after ZS-2026-9999. */
    public static final String LEAD_NO_ORDER = "leadNoOrder";
    /** Order-preserving keys of the first characters of the sortable names, for deep pages. */
    public static final String PROJECT_KEY = "projectKey";

    public static final String INVESTOR_KEY = "investorKey";
    public static final String OWNER_KEY = "ownerKey";

    // keywords
    public static final String CHANNEL = "channel";
    public static final String REGION = "region";
    public static final String PROJECT_TYPE = "projectType";
    public static final String TAGS = "tags";
    public static final String LEAD_NO = "leadNo";
    /** The lead number's sequence without leading zeros: "12" finds ZS-2026-0012. */
    public static final String LEAD_SEQUENCE = "leadSequence";

    public static final String CREDIT_CODE = "creditCode";
    public static final String PROJECT_SORT = "projectSort";
    public static final String INVESTOR_SORT = "investorSort";
    public static final String OWNER_SORT = "ownerSort";

    // full text (Chinese: bigrams with unigrams when indexing, bigrams when searching)
    public static final String PROJECT_TEXT = "project";
    public static final String INVESTOR_TEXT = "investor";
    public static final String REFERRER_TEXT = "referrer";
    /** The people met in the lead's follow-ups. */
    public static final String CONTACTS_TEXT = "contacts";

    public static final String[] TEXT_FIELDS = {PROJECT_TEXT, INVESTOR_TEXT, REFERRER_TEXT, CONTACTS_TEXT};

    public static final String TEXT_ANALYZER = "leadText";
    public static final String TEXT_SEARCH_ANALYZER = "leadTextSearch";

    private static final Pattern LEAD_NO_PATTERN = Pattern.compile("[A-Z]+-(\\d{4})-(\\d+)");

    private LeadIndexFields() {}

    public static long cents(BigDecimal wan) {
        return wan.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    public static long epochDay(LocalDate date) {
        return date.toEpochDay();
    }

    /** Keywords are compared upper-cased and trimmed (credit codes, lead numbers). */
    public static String keyword(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Names sort without regard to case, as MySQL's unicode collation does. */
    public static String sortable(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The first four UTF-16 characters of a sortable name packed into a long whose signed order is the names'
     * order (ties are broken on the full name).
     */
    public static long prefixKey(String sortable) {
        long key = 0;
        for (int i = 0; i < 4; i++) {
            key = (key << 16) | (i < sortable.length() ? sortable.charAt(i) : 0);
        }
        return key ^ Long.MIN_VALUE;
    }

    public static @Nullable Long leadNoOrder(String leadNo) {
        Matcher matcher = LEAD_NO_PATTERN.matcher(keyword(leadNo));
        if (!matcher.matches() || matcher.group(2).length() > 8) {
            return null;
        }
        return Long.parseLong(matcher.group(1)) * 100_000_000L + Long.parseLong(matcher.group(2));
    }

    public static @Nullable String leadSequence(String leadNo) {
        Matcher matcher = LEAD_NO_PATTERN.matcher(keyword(leadNo));
        return matcher.matches() ? stripZeros(matcher.group(2)) : null;
    }

    static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
