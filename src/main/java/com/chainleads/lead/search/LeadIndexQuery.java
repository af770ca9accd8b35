package com.chainleads.lead.search;

import static com.chainleads.lead.search.LeadIndexFields.*;

import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.QualificationTag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Turns lead criteria and the caller's visibility into one Lucene query over {@link LeadIndexFields}: every
 * criterion is a filter (no scoring), with the same meaning as the SQL of {@code LeadSpecifications} — a lead
 * without a value never matches a bound on it.
 */
public final class LeadIndexQuery {

    private LeadIndexQuery() {}

    /**
     * @param visibleUnitId the only unit whose leads the caller sees (officers), null for all
     * @param text the free-text part, built by {@link LeadTextQuery}, or null
     */
    public static Query of(LeadCriteria criteria, @Nullable Long visibleUnitId, @Nullable Query text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (visibleUnitId != null) {
            filter(query, LongPoint.newExactQuery(UNIT_ID, visibleUnitId));
        }
        if (text != null) {
            filter(query, text);
        }
        if (!criteria.sectorIds().isEmpty()) {
            filter(query, LongPoint.newSetQuery(SECTOR_ID, criteria.sectorIds()));
        }
        exact(query, LINK_ID, criteria.chainLinkId());
        if (!criteria.stages().isEmpty()) {
            filter(
                    query,
                    LongPoint.newSetQuery(
                            STAGE_RANK,
                            criteria.stages().stream()
                                    .map(stage -> (long) stage.rank())
                                    .toList()));
        }
        exact(query, UNIT_ID, criteria.unitId());
        exact(query, OWNER_ID, criteria.ownerId());
        range(
                query,
                INVESTMENT,
                criteria.minInvestment() == null ? null : cents(criteria.minInvestment()),
                criteria.maxInvestment() == null ? null : cents(criteria.maxInvestment()));
        for (QualificationTag tag : criteria.qualifications()) {
            filter(query, new TermQuery(new Term(TAGS, tag.name())));
        }
        if (criteria.hotIndustry() != null) {
            filter(query, LongPoint.newExactQuery(HOT, criteria.hotIndustry() ? 1 : 0));
        }
        Instant reportedBefore = criteria.reportedBefore();
        range(
                query,
                REPORTED_AT,
                criteria.reportedFrom() == null ? null : criteria.reportedFrom().toEpochMilli(),
                reportedBefore == null ? null : reportedBefore.toEpochMilli() - 1);
        days(query, NEXT_FOLLOW_UP, criteria.nextFollowUpFrom(), criteria.nextFollowUpTo());
        keywords(query, CHANNEL, criteria.channels());
        keywords(query, REGION, criteria.regions());
        keywords(query, PROJECT_TYPE, criteria.projectTypes());
        days(query, SIGNED_ON, criteria.signedFrom(), criteria.signedTo());
        days(query, LANDED_ON, criteria.landedFrom(), criteria.landedTo());
        days(query, LAST_ACTIVITY, criteria.activityFrom(), criteria.activityTo());
        LeadStage reached = criteria.reachedStage();
        if (reached != null) {
            range(query, FURTHEST_RANK, (long) reached.rank(), null);
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /**
     * The query narrowed to these lead ids ({@code excluded}: to all leads but these), as {@code /projects} narrows
     * the signed projects by what the construction and coordination figures hold.
     */
    public static Query among(Query query, long[] ids, boolean excluded) {
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder();
        narrowed.add(query, Occur.FILTER);
        narrowed.add(LongPoint.newSetQuery(ID, ids), excluded ? Occur.MUST_NOT : Occur.FILTER);
        return narrowed.build();
    }

    private static void filter(BooleanQuery.Builder query, Query clause) {
        query.add(clause, Occur.FILTER);
    }

    private static void exact(BooleanQuery.Builder query, String field, @Nullable Long value) {
        if (value != null) {
            filter(query, LongPoint.newExactQuery(field, value));
        }
    }

    private static void range(BooleanQuery.Builder query, String field, @Nullable Long from, @Nullable Long to) {
        if (from != null || to != null) {
            filter(
                    query,
                    LongPoint.newRangeQuery(
                            field, from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to));
        }
    }

    private static void days(
            BooleanQuery.Builder query, String field, @Nullable LocalDate from, @Nullable LocalDate to) {
        range(query, field, from == null ? null : epochDay(from), to == null ? null : epochDay(to));
    }

    private static void keywords(BooleanQuery.Builder query, String field, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            List<BytesRef> terms =
                    values.stream().map(value -> new BytesRef(value.name())).toList();
            filter(query, new TermInSetQuery(field, terms));
        }
    }
}
