package com.chainleads.lead.search;

import static com.chainleads.lead.search.LeadIndexFields.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The list's free-text search as a Lucene query: what the officer typed is found in the project, investor,
 * referrer or contacts (people met in follow-ups), or as the beginning of a credit code or lead number. Nothing
 * typed is query syntax: quotes, stars, brackets, backslashes and words like AND are plain text (punctuation
 * separates words).
 *
 * <p>Chinese is indexed as overlapping character pairs ({@link LeadAnalysis}): a run of Han characters becomes the
 * phrase of its pairs, so "华鼎" finds 华鼎科技 and "华鼎科技" finds only names containing it; a single character
 * is found on its own. A word of letters or digits matches words beginning with it. All parts must be found in
 * the same field.
 */
public final class LeadTextQuery {

    private LeadTextQuery() {}

    public static Query of(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        List<Segment> segments = segments(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!segments.isEmpty()) {
            for (String field : TEXT_FIELDS) {
                any.add(inField(field, segments), Occur.SHOULD);
            }
        }
        String code = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            any.add(new PrefixQuery(new Term(CREDIT_CODE, code)), Occur.SHOULD);
            any.add(new PrefixQuery(new Term(LEAD_NO, code)), Occur.SHOULD);
            if (code.chars().allMatch(Character::isDigit) && code.length() <= 9) {
                any.add(new TermQuery(new Term(LEAD_SEQUENCE, LeadIndexFields.stripZeros(code))), Occur.SHOULD);
            }
        }
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("nothing searchable typed") : query;
    }

    private static Query inField(String field, List<Segment> segments) {
        if (segments.size() == 1) {
            return segments.get(0).in(field);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Segment segment : segments) {
            all.add(segment.in(field), Occur.FILTER);
        }
        return all.build();
    }

    /** Runs of Han characters and words of other letters or digits; everything else separates them. */
    static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentHan = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean han = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
            boolean word = han || Character.isLetterOrDigit(codePoint);
            if (!word || (current.length() > 0 && han != currentHan)) {
                flush(segments, current, currentHan);
            }
            if (word) {
                current.appendCodePoint(codePoint);
                currentHan = han;
            }
            i += Character.charCount(codePoint);
        }
        flush(segments, current, currentHan);
        return segments;
    }

    private static void flush(List<Segment> segments, StringBuilder current, boolean han) {
        if (current.length() > 0) {
            String part = current.toString();
            segments.add(han ? new HanRun(part) : new Word(part.toLowerCase(Locale.ROOT)));
            current.setLength(0);
        }
    }

    sealed interface Segment permits HanRun, Word {
        Query in(String field);
    }

    /** Han characters, as indexed: one character alone, or the phrase of overlapping pairs. */
    record HanRun(String characters) implements Segment {
        @Override
        public Query in(String field) {
            int[] codePoints = characters.codePoints().toArray();
            if (codePoints.length == 1) {
                return new TermQuery(new Term(field, characters));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i + 1 < codePoints.length; i++) {
                phrase.add(new Term(field, new String(codePoints, i, 2)), i);
            }
            return phrase.build();
        }
    }

    /** Letters or digits: any word beginning with them. */
    record Word(String prefix) implements Segment {
        @Override
        public Query in(String field) {
            return new PrefixQuery(new Term(field, prefix));
        }
    }
}
