package com.chainleads.chain.service;

import java.util.Collection;

/** How many links of a chain are 强链, 弱链, 延链 and 补链 (the last two are the missing links). */
public record StrengthSummary(int strong, int weak, int extend, int gap) {

    public static StrengthSummary of(Collection<MapNode> nodes) {
        int strong = 0;
        int weak = 0;
        int extend = 0;
        int gap = 0;
        for (MapNode node : nodes) {
            switch (node.role()) {
                case STRONG -> strong++;
                case WEAK -> weak++;
                case EXTEND -> extend++;
                case GAP -> gap++;
            }
        }
        return new StrengthSummary(strong, weak, extend, gap);
    }

    public int count(LinkRole role) {
        return switch (role) {
            case STRONG -> strong;
            case WEAK -> weak;
            case EXTEND -> extend;
            case GAP -> gap;
        };
    }

    public int missing() {
        return extend + gap;
    }

    public int total() {
        return strong + weak + extend + gap;
    }
}
