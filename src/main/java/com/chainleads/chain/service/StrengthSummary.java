package com.chainleads.chain.service;

import java.util.Collection;

/** How many links of a chain are strong, weak and missing. */
public record StrengthSummary(int strong, int weak, int missing) {

    public static StrengthSummary of(Collection<MapNode> nodes) {
        int strong = 0;
        int weak = 0;
        int missing = 0;
        for (MapNode node : nodes) {
            switch (node.strength()) {
                case STRONG -> strong++;
                case WEAK -> weak++;
                case MISSING -> missing++;
            }
        }
        return new StrengthSummary(strong, weak, missing);
    }

    public int total() {
        return strong + weak + missing;
    }
}
