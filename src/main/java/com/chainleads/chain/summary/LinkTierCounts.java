package com.chainleads.chain.summary;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import com.chainleads.chain.domain.LocalEnterprise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The industry map's read model ({@code link_tier_count}): how many local firms sit on each chain link, by the top
 * tier each holds today. The map's overview and its sectors read these few hundred rows (links × tiers) instead of
 * grouping the link table at each look.
 *
 * <p>Each write that moves a firm on the map — added, removed, its links changed, its top tier changed (a tier
 * added or removed, a certificate that ran out) — takes the firm's {@link Place} before and after, and calls
 * {@link #moved} in its own transaction: the difference is added to the rows, in a fixed order (link, tier) so two
 * saves never deadlock. Firms written outside the library (demo data, the benchmark's generator, SQL) are caught
 * at start, when the counts per tier differ from the link table, by a {@link #rebuild} said in the log.
 */
@Component
public class LinkTierCounts {

    private static final Logger log = LoggerFactory.getLogger(LinkTierCounts.class);
    /** The stored tier of a firm that holds none (a key column cannot be null). */
    static final String NO_TIER = "NONE";
    /** Every stored tier value: each rung and none. */
    private static final List<String> TIERS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(CultivationTier.values()).map(Enum::name),
                    java.util.stream.Stream.of(NO_TIER))
            .toList();

    private final JdbcTemplate jdbc;

    LinkTierCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a firm is on the map: its links and its top tier held today. */
    public record Place(Set<Long> linkIds, @Nullable CultivationTier tier) {

        public static final Place NOWHERE = new Place(Set.of(), null);

        public Place {
            linkIds = Set.copyOf(linkIds);
        }

        public static Place of(LocalEnterprise enterprise) {
            return new Place(
                    enterprise.getLinks().stream().map(ChainLink::getId).collect(Collectors.toSet()),
                    enterprise.getCultivationTier());
        }
    }

    /** Records that one firm moved from {@code before} to {@code after}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moved(Place before, Place after) {
        if (before.equals(after)) {
            return;
        }
        // (link, tier) → change, sorted: every writer takes the rows in the same order
        Map<Key, Long> deltas = new TreeMap<>();
        before.linkIds().forEach(link -> deltas.merge(new Key(link, code(before.tier())), -1L, Long::sum));
        after.linkIds().forEach(link -> deltas.merge(new Key(link, code(after.tier())), 1L, Long::sum));
        deltas.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            int updated = jdbc.update(
                    "update link_tier_count set amount = amount + ? where chain_link_id = ? and tier = ?",
                    delta,
                    key.linkId(),
                    key.tier());
            if (updated == 0) {
                // rows are made for every link and tier ahead (at start, with each new link); this is the rare
                // link added by SQL meanwhile. Another save may make the row first: then add to it.
                try {
                    jdbc.update(
                            "insert into link_tier_count (chain_link_id, tier, amount) values (?, ?, ?)",
                            key.linkId(),
                            key.tier(),
                            delta);
                } catch (DuplicateKeyException madeMeanwhile) {
                    jdbc.update(
                            "update link_tier_count set amount = amount + ? where chain_link_id = ? and tier = ?",
                            delta,
                            key.linkId(),
                            key.tier());
                }
            }
        });
    }

    /** Firms per link and top tier, every sector; links and tiers without firms are absent. */
    @Transactional(readOnly = true)
    public List<LinkTierCount> all() {
        return jdbc.query(
                "select chain_link_id, tier, amount from link_tier_count where amount > 0",
                (rs, row) -> count(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    /** Firms per link and top tier of one sector. */
    @Transactional(readOnly = true)
    public List<LinkTierCount> ofSector(long sectorId) {
        return jdbc.query("""
                select c.chain_link_id, c.tier, c.amount from link_tier_count c
                join chain_link l on l.id = c.chain_link_id
                where l.sector_id = ? and c.amount > 0""", (rs, row) -> count(rs.getLong(1), rs.getString(2), rs.getLong(3)), sectorId);
    }

    /** Firms on one link by top tier. */
    @Transactional(readOnly = true)
    public List<LinkTierCount> onLink(long linkId) {
        return jdbc.query(
                "select chain_link_id, tier, amount from link_tier_count where chain_link_id = ? and amount > 0",
                (rs, row) -> count(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                linkId);
    }

    /**
     * Makes the zero rows of every link and tier not stored yet, so that a save only ever updates rows (two saves
     * making the same row at once would wait on each other).
     */
    @Transactional
    public void makeRows() {
        Set<Key> stored = new HashSet<>(jdbc.query(
                "select chain_link_id, tier from link_tier_count",
                (rs, row) -> new Key(rs.getLong(1), rs.getString(2))));
        List<Object[]> missing = new ArrayList<>();
        for (Long link : jdbc.queryForList("select id from chain_link", Long.class)) {
            for (String tier : TIERS) {
                if (!stored.contains(new Key(link, tier))) {
                    missing.add(new Object[] {link, tier});
                }
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("insert into link_tier_count (chain_link_id, tier, amount) values (?, ?, 0)", missing);
        }
    }

    /** Rebuilds every row from the link table; returns the number of firm-link pairs counted. */
    @Transactional
    public long rebuild() {
        jdbc.update("delete from link_tier_count");
        jdbc.update("""
                insert into link_tier_count (chain_link_id, tier, amount)
                select l.chain_link_id, coalesce(e.cultivation_tier, 'NONE'), count(*)
                from local_enterprise_link l join local_enterprise e on e.id = l.enterprise_id
                group by l.chain_link_id, coalesce(e.cultivation_tier, 'NONE')""");
        makeRows();
        Long total = jdbc.queryForObject("select coalesce(sum(amount), 0) from link_tier_count", Long.class);
        return total == null ? 0 : total;
    }

    /** Whether the counts per tier equal the link table's (one grouped pass over it, done at start only). */
    @Transactional(readOnly = true)
    public boolean inStep() {
        return perTier("select tier, sum(amount) from link_tier_count group by tier")
                .equals(perTier("""
                        select coalesce(e.cultivation_tier, 'NONE'), count(*)
                        from local_enterprise_link l join local_enterprise e on e.id = l.enterprise_id
                        group by coalesce(e.cultivation_tier, 'NONE')"""));
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        makeRows();
        if (!inStep()) {
            long counted = rebuild();
            log.info(
                    "Industry map counts rebuilt at start (they differed from the link table): {} firm-link pairs",
                    counted);
        }
    }

    private Map<String, Long> perTier(String sql) {
        Map<String, Long> totals = new TreeMap<>();
        jdbc.query(sql, rs -> {
            long amount = rs.getLong(2);
            if (amount != 0) {
                totals.put(rs.getString(1), amount);
            }
        });
        return totals;
    }

    private static String code(@Nullable CultivationTier tier) {
        return tier == null ? NO_TIER : tier.name();
    }

    private static LinkTierCount count(long linkId, String tier, long amount) {
        return new LinkTierCount(linkId, NO_TIER.equals(tier) ? null : CultivationTier.valueOf(tier), amount);
    }

    private record Key(long linkId, String tier) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Comparator.comparingLong(Key::linkId)
                    .thenComparing(Key::tier)
                    .compare(this, other);
        }
    }
}
