package com.chainleads.lead.summary;

import com.chainleads.base.summary.EntityListeners;
import com.chainleads.base.summary.PendingWrites;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.Source;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the summary tables in step with every lead Hibernate inserts, updates or deletes: each event's old and
 * new state become {@link LeadFacts}, their difference is added up per summary row for the session, and once per
 * transaction — after its last flush, before it commits, on the same connection — {@link SummaryWriter} writes the
 * sums. A rollback throws them away with the lead changes. Writes that bypass Hibernate report their change through
 * {@link LeadSummaries#record}.
 */
@Component
class LeadSummaryListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Logger log = LoggerFactory.getLogger(LeadSummaryListener.class);

    private final PendingWrites<SummaryDeltas> pending;
    private final Map<EntityPersister, StateReader> readers = new ConcurrentHashMap<>();
    private final ZoneId zone;

    LeadSummaryListener(EntityManagerFactory entityManagerFactory, SummaryWriter writer, Clock clock) {
        this.pending = PendingWrites.beforeHibernateCompletion(SummaryDeltas::new, writer::apply);
        this.zone = clock.getZone();
        EntityListeners.register(entityManagerFactory, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Lead) {
            record(event.getSession(), null, facts(event.getPersister(), event.getState()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Lead lead)) {
            return;
        }
        Object[] oldState = event.getOldState();
        if (oldState == null) {
            // only a detached lead reattached without a snapshot has none; the application never does that
            log.error(
                    "Lead {} was updated without its previous state: the lead summaries may be out of step until "
                            + "they are rebuilt (start with --chainleads.repair=summaries)",
                    lead.getId());
            return;
        }
        record(
                event.getSession(),
                facts(event.getPersister(), oldState),
                facts(event.getPersister(), event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Lead) {
            record(event.getSession(), facts(event.getPersister(), event.getDeletedState()), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Adds a lead's change to the session's pending summary changes, written before its transaction commits. */
    void record(SessionImplementor session, @Nullable LeadFacts before, @Nullable LeadFacts after) {
        if (Objects.equals(before, after)) {
            return;
        }
        pending.of(session).change(before, after);
    }

    ZoneId zone() {
        return zone;
    }

    /** Sessions with changes not yet written (for tests: none once every transaction has ended). */
    int pendingSessions() {
        return pending.sessions();
    }

    private LeadFacts facts(EntityPersister persister, Object[] state) {
        return readers.computeIfAbsent(persister, StateReader::new).facts(state, zone);
    }

    /** Reads the facts from an entity state array by property position. */
    private static final class StateReader {
        private final int unit;
        private final int owner;
        private final int sector;
        private final int chainLink;
        private final int stageRank;
        private final int furthestStageRank;
        private final int totalInvestment;
        private final int signedAmount;
        private final int fundsReceived;
        private final int firstReportedAt;
        private final int signedOn;
        private final int landedOn;
        private final int lastActivityOn;
        private final int source;
        private final int projectType;

        StateReader(EntityPersister persister) {
            java.util.List<String> names = java.util.List.of(persister.getPropertyNames());
            unit = index(names, "unit");
            owner = index(names, "owner");
            sector = index(names, "sector");
            chainLink = index(names, "chainLink");
            stageRank = index(names, "stageRank");
            furthestStageRank = index(names, "furthestStageRank");
            totalInvestment = index(names, "totalInvestment");
            signedAmount = index(names, "signedAmount");
            fundsReceived = index(names, "fundsReceived");
            firstReportedAt = index(names, "firstReportedAt");
            signedOn = index(names, "signedOn");
            landedOn = index(names, "landedOn");
            lastActivityOn = index(names, "lastActivityOn");
            source = index(names, "source");
            projectType = index(names, "projectType");
        }

        private static int index(java.util.List<String> names, String property) {
            int index = names.indexOf(property);
            if (index < 0) {
                throw new IllegalStateException("Lead has no property " + property);
            }
            return index;
        }

        LeadFacts facts(Object[] state, ZoneId zone) {
            Object link = state[chainLink];
            Source source = (Source) state[this.source];
            return new LeadFacts(
                    LeadFacts.id(state[unit]),
                    LeadFacts.id(state[owner]),
                    LeadFacts.id(state[sector]),
                    link == null ? null : LeadFacts.id(link),
                    (Integer) state[stageRank],
                    (Integer) state[furthestStageRank],
                    (BigDecimal) state[totalInvestment],
                    (BigDecimal) state[signedAmount],
                    (BigDecimal) state[fundsReceived],
                    LeadFacts.day((Instant) state[firstReportedAt], zone),
                    (LocalDate) state[signedOn],
                    (LocalDate) state[landedOn],
                    (LocalDate) state[lastActivityOn],
                    source == null ? null : LeadFacts.name(source.getOriginRegion()),
                    source == null ? null : LeadFacts.name(source.getChannel()),
                    LeadFacts.name((Enum<?>) state[projectType]));
        }
    }
}
