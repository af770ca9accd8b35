package com.chainleads.claim.domain;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of words (regions, business words) asked for the longest one a name starts or ends with. It looks up the
 * name's few beginnings or endings in the set, longest first, instead of comparing the name with every word:
 * the same answer, and the normaliser runs for every row of an import and every candidate of its 撞单 look-up.
 */
final class Affixes {

    private final Set<String> words;
    private final int longest;

    private Affixes(Set<String> words) {
        this.words = words;
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    }

    static Affixes of(Collection<String> words) {
        return new Affixes(Set.copyOf(words));
    }

    /** The longest word {@code text} starts with, or {@code null}. */
    @Nullable
    String longestPrefixOf(String text) {
        for (int length = Math.min(longest, text.length()); length > 0; length--) {
            String prefix = text.substring(0, length);
            if (words.contains(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** The longest word {@code text} ends with, or {@code null}. */
    @Nullable
    String longestSuffixOf(String text) {
        for (int length = Math.min(longest, text.length()); length > 0; length--) {
            String suffix = text.substring(text.length() - length);
            if (words.contains(suffix)) {
                return suffix;
            }
        }
        return null;
    }
}
