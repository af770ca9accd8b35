package com.chainleads.chain.service;

import java.util.List;

/**
 * The pipeline stage codes of leads, in pipeline order (the lead feature owns the stages; the map only groups
 * and translates them, under {@code map.stage.<CODE>}).
 */
public final class LeadStages {

    public static final List<String> ORDER = List.of(
            "REGISTERED",
            "SCREENING",
            "CONTACT",
            "NEGOTIATING",
            "SIGNED",
            "INCORPORATED",
            "CONSTRUCTION",
            "PRODUCTION",
            "FULL_CAPACITY",
            "ON_HOLD",
            "LOST");

    private LeadStages() {}

    /** Position of a stage in the pipeline; unknown codes go last. */
    public static int rank(String stage) {
        int index = ORDER.indexOf(stage);
        return index < 0 ? ORDER.size() : index;
    }

    public static String translationKey(String stage) {
        return "map.stage." + stage;
    }
}
