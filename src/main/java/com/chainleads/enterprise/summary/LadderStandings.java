package com.chainleads.enterprise.summary;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ladder's read model: each firm's standing on one day ({@code ladder_firm}: tiers held that day and on 31
 * December before, R&D, platforms) and the ladder's counts per sector ({@code ladder_count}), so the ladder and the
 * cockpit read a few dozen rows however large the library grows.
 *
 * <p>Every write of the library calls {@link #refresh} for its firm inside its own transaction: the firm's standing
 * is computed from its own rows and the difference goes to the counts. Writers take the single {@code ladder_state}
 * row first, so counts change one firm at a time, in commit order. The day rolls over by a {@link #rebuild} at
 * midnight, at start when the standings do not match the library, and at the first look on a day the snapshot is
 * not for (so a look is never answered for yesterday).
 *
 * <p>Size: one read model whose writes (a firm's refresh, the rebuild) and reads (counts, movers) share the
 * computation of a standing and the SQL of its two tables; split, each part would need the other's.
 */
@Component
public class LadderStandings {

    private static final Logger log = LoggerFactory.getLogger(LadderStandings.class);
    private static final long NO_SECTOR = 0;

    /** One firm's standing on the snapshot's day; tiers as bits by rung. */
    record Standing(
            long enterpriseId,
            @Nullable Long sectorId,
            int heldToday,
            int heldYearEnd,
            boolean aboveScale,
            boolean withRd,
            int platforms,
            int due) {

        int gained() {
            return heldToday & ~heldYearEnd;
        }

        int lapsed() {
            return heldYearEnd & ~heldToday;
        }

        /** What this firm adds to its sector's counts. */
        Map<String, Long> measures() {
            Map<String, Long> measures = new HashMap<>();
            for (CultivationTier tier : CultivationTier.values()) {
                int bit = bit(tier);
                add(measures, holdersMeasure(tier), (heldToday & bit) != 0 ? 1 : 0);
                add(measures, gainedMeasure(tier), (gained() & bit) != 0 ? 1 : 0);
                add(measures, lapsedMeasure(tier), (lapsed() & bit) != 0 ? 1 : 0);
            }
            add(measures, ABOVE_SCALE, aboveScale ? 1 : 0);
            add(measures, WITH_RD, aboveScale && withRd ? 1 : 0);
            add(measures, PLATFORMS, platforms);
            add(measures, DUE, due);
            return measures;
        }
    }

    /** A tier certificate as the standings read it. */
    public record Holding(long id, long enterpriseId, CultivationTier tier, LocalDate grantedOn, LocalDate validUntil) {
        public boolean heldOn(LocalDate day) {
            return !grantedOn.isAfter(day) && !validUntil.isBefore(day);
        }
    }

    public static final String ABOVE_SCALE = "ABOVE_SCALE";
    public static final String WITH_RD = "WITH_RD";
    public static final String PLATFORMS = "PLATFORMS";
    /** Certificates running out within {@link #DUE_MONTHS} months, not yet followed by a later one. */
    public static final String DUE = "DUE";
    /** How far ahead a certificate counts as due for renewal. */
    public static final int DUE_MONTHS = 6;

    public static String holdersMeasure(CultivationTier tier) {
        return "HOLDERS_" + tier.name();
    }

    public static String gainedMeasure(CultivationTier tier) {
        return "GAINED_" + tier.name();
    }

    public static String lapsedMeasure(CultivationTier tier) {
        return "LAPSED_" + tier.name();
    }

    static int bit(CultivationTier tier) {
        return 1 << tier.ordinal();
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LadderStandings(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- writes: one firm, in the caller's transaction -----------------------------------------------------------

    /**
     * Brings one firm's standing and the counts in step with its rows (or its absence, after a delete). Call it in
     * the transaction of the change, after the change is flushed.
     */
    public void refresh(long enterpriseId) {
        LocalDate asOf = lockState();
        List<Holding> holdings = holdingsOf(List.of(enterpriseId));
        Set<Long> renewed = renewedIds(holdings);
        jdbc.batchUpdate(
                "update enterprise_tier set renewed = ? where id = ?",
                holdings.stream()
                        .map(h -> new Object[] {renewed.contains(h.id()), h.id()})
                        .toList());
        if (asOf == null) {
            return; // never built: the first look builds everything
        }
        Standing before = storedStanding(enterpriseId);
        Standing after = computeStanding(enterpriseId, asOf, holdings);
        if (Objects.equals(before, after)) {
            return;
        }
        Map<Long, Map<String, Long>> deltas = new TreeMap<>();
        if (before != null) {
            addTo(deltas, before, -1);
            jdbc.update("delete from ladder_firm where enterprise_id = ?", enterpriseId);
        }
        if (after != null) {
            addTo(deltas, after, 1);
            insert(List.of(after));
        }
        deltas.forEach((sector, measures) -> measures.forEach((measure, delta) -> {
            if (delta != 0
                    && jdbc.update(
                                    "update ladder_count set amount = amount + ? where sector_id = ? and measure = ?",
                                    delta,
                                    sector,
                                    measure)
                            == 0) {
                jdbc.update(
                        "insert into ladder_count (sector_id, measure, amount) values (?, ?, ?)",
                        sector,
                        measure,
                        delta);
            }
        }));
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    /** Makes the standings those of {@code day}, rebuilding them first when they are for another day. */
    public void ensureFor(LocalDate day) {
        LocalDate asOf = jdbc.queryForObject("select as_of from ladder_state where id = 1", LocalDate.class);
        if (!day.equals(asOf)) {
            rebuild(day, "the standings were for " + asOf, true);
        }
    }

    /** The counts of one sector, or of the district when {@code sectorId} is null, by measure. */
    public Map<String, Long> counts(@Nullable Long sectorId) {
        Map<String, Long> counts = new HashMap<>();
        String sql = "select measure, sum(amount) from ladder_count" + (sectorId == null ? "" : " where sector_id = ?")
                + " group by measure";
        Object[] args = sectorId == null ? new Object[0] : new Object[] {sectorId};
        jdbc.query(
                sql,
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                args);
        return counts;
    }

    /**
     * The firms that gained (or lapsed) a tier this year, highest tiers first, at most {@code limit}; with the
     * certificates behind each movement ({@code held} on {@code day}).
     */
    public List<Holding> movers(boolean gained, @Nullable Long sectorId, LocalDate asOf, int limit) {
        String column = gained ? "gained" : "lapsed";
        List<long[]> firms = jdbc.query(
                "select enterprise_id, " + column + " from ladder_firm where " + column + " > 0"
                        + (sectorId == null ? "" : " and sector_id = ?") + " order by " + column + " desc,"
                        + " enterprise_id limit " + limit,
                (rs, row) -> new long[] {rs.getLong(1), rs.getInt(2)},
                sectorId == null ? new Object[0] : new Object[] {sectorId});
        if (firms.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> bits = new HashMap<>();
        firms.forEach(firm -> bits.put(firm[0], (int) firm[1]));
        LocalDate day = gained ? asOf : yearEnd(asOf);
        // one line per firm and tier: of two overlapping certificates, the later one
        Map<String, Holding> lines = new HashMap<>();
        holdingsOf(bits.keySet()).stream()
                .filter(h -> h.heldOn(day) && (bits.get(h.enterpriseId()) & bit(h.tier())) != 0)
                .forEach(h -> lines.merge(
                        h.enterpriseId() + ":" + h.tier(),
                        h,
                        (a, b) -> a.grantedOn().isAfter(b.grantedOn()) ? a : b));
        return List.copyOf(lines.values());
    }

    // ---- rebuilding ------------------------------------------------------------------------------------------------

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = jdbc.queryForObject("select as_of from ladder_state where id = 1", LocalDate.class);
        Long firms = jdbc.queryForObject("select count(*) from local_enterprise", Long.class);
        Long standings = jdbc.queryForObject("select count(*) from ladder_firm", Long.class);
        if (!today.equals(asOf) || !Objects.equals(firms, standings)) {
            rebuild(
                    today,
                    "at start: standings for " + asOf + " of " + standings + " firms, the library holds " + firms,
                    false);
        }
    }

    @Scheduled(
            cron = "${chainleads.enterprise.ladder-cron:5 0 0 * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    void rollOver() {
        ensureFor(LocalDate.now(clock));
    }

    /**
     * Recomputes every standing and count for {@code day} in a transaction of its own; with {@code onlyIfStale}, not
     * when another look did it for that day meanwhile.
     */
    public void rebuild(LocalDate day, String reason, boolean onlyIfStale) {
        long start = System.nanoTime();
        Integer firms = ownTransaction.execute(status -> {
            if (onlyIfStale && day.equals(lockState())) {
                return null;
            }
            lockState();
            List<Holding> holdings = jdbc.query(
                    "select id, enterprise_id, tier, granted_on, valid_until from enterprise_tier order by"
                            + " enterprise_id",
                    (rs, row) -> new Holding(
                            rs.getLong(1),
                            rs.getLong(2),
                            CultivationTier.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class)));
            Map<Long, List<Holding>> byFirm = new HashMap<>();
            holdings.forEach(h -> byFirm.computeIfAbsent(h.enterpriseId(), k -> new ArrayList<>())
                    .add(h));
            Map<Long, Integer> platforms = new HashMap<>();
            jdbc.query("select enterprise_id, count(*) from innovation_platform group by enterprise_id", rs -> {
                platforms.put(rs.getLong(1), rs.getInt(2));
            });
            Set<Long> withRd = new HashSet<>(jdbc.queryForList(
                    "select distinct enterprise_id from enterprise_indicator where report_year = ? and"
                            + " rd_expense_wan > 0",
                    Long.class,
                    day.getYear() - 1));
            List<Standing> standings =
                    jdbc.query("select id, sector_id, above_scale from local_enterprise", (rs, row) -> {
                        long id = rs.getLong(1);
                        long sector = rs.getLong(2);
                        return standing(
                                id,
                                rs.wasNull() ? null : sector,
                                rs.getBoolean(3),
                                withRd.contains(id),
                                platforms.getOrDefault(id, 0),
                                byFirm.getOrDefault(id, List.of()),
                                day);
                    });
            jdbc.update("delete from ladder_firm");
            jdbc.update("delete from ladder_count");
            insert(standings);
            Map<Long, Map<String, Long>> counts = new TreeMap<>();
            standings.forEach(s -> addTo(counts, s, 1));
            List<Object[]> rows = new ArrayList<>();
            counts.forEach((sector, measures) ->
                    measures.forEach((measure, amount) -> rows.add(new Object[] {sector, measure, amount})));
            jdbc.batchUpdate("insert into ladder_count (sector_id, measure, amount) values (?, ?, ?)", rows);
            jdbc.update("update enterprise_tier set renewed = ? where renewed = ?", false, true);
            jdbc.batchUpdate(
                    "update enterprise_tier set renewed = ? where id = ?",
                    renewedIds(holdings).stream()
                            .map(id -> new Object[] {true, id})
                            .toList());
            jdbc.update("update ladder_state set as_of = ? where id = 1", Date.valueOf(day));
            return standings.size();
        });
        if (firms == null) {
            return;
        }
        log.info(
                "Ladder standings rebuilt for {}: {} firms in {} ms ({})",
                day,
                firms,
                (System.nanoTime() - start) / 1_000_000,
                reason);
    }

    // ---- the pieces ------------------------------------------------------------------------------------------------

    private @Nullable LocalDate lockState() {
        return jdbc.queryForObject("select as_of from ladder_state where id = 1 for update", LocalDate.class);
    }

    private @Nullable Standing storedStanding(long enterpriseId) {
        return jdbc
                .query(
                        "select enterprise_id, sector_id, held_today, held_year_end, above_scale, with_rd, platforms,"
                                + " due from ladder_firm where enterprise_id = ?",
                        (rs, row) -> {
                            long sector = rs.getLong(2);
                            Long sectorId = rs.wasNull() ? null : sector;
                            return new Standing(
                                    rs.getLong(1),
                                    sectorId,
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getBoolean(5),
                                    rs.getBoolean(6),
                                    rs.getInt(7),
                                    rs.getInt(8));
                        },
                        enterpriseId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private @Nullable Standing computeStanding(long enterpriseId, LocalDate day, List<Holding> holdings) {
        return jdbc
                .query(
                        "select e.sector_id, e.above_scale,"
                                + " (select count(*) from innovation_platform p where p.enterprise_id = e.id),"
                                + " (select count(*) from enterprise_indicator i where i.enterprise_id = e.id"
                                + " and i.report_year = ? and i.rd_expense_wan > ?)"
                                + " from local_enterprise e where e.id = ?",
                        (rs, row) -> {
                            long sector = rs.getLong(1);
                            Long sectorId = rs.wasNull() ? null : sector;
                            return standing(
                                    enterpriseId,
                                    sectorId,
                                    rs.getBoolean(2),
                                    rs.getLong(4) > 0,
                                    rs.getInt(3),
                                    holdings,
                                    day);
                        },
                        day.getYear() - 1,
                        BigDecimal.ZERO,
                        enterpriseId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static Standing standing(
            long id,
            @Nullable Long sectorId,
            boolean aboveScale,
            boolean withRd,
            int platforms,
            List<Holding> holdings,
            LocalDate day) {
        LocalDate yearEnd = yearEnd(day);
        LocalDate dueBefore = day.plusMonths(DUE_MONTHS);
        int today = 0;
        int lastYear = 0;
        int due = 0;
        Set<Long> renewed = renewedIds(holdings);
        for (Holding holding : holdings) {
            if (holding.heldOn(day)) {
                today |= bit(holding.tier());
            }
            if (holding.heldOn(yearEnd)) {
                lastYear |= bit(holding.tier());
            }
            if (!renewed.contains(holding.id())
                    && !holding.grantedOn().isAfter(day)
                    && !holding.validUntil().isBefore(day)
                    && holding.validUntil().isBefore(dueBefore)) {
                due++;
            }
        }
        return new Standing(id, sectorId, today, lastYear, aboveScale, withRd, platforms, due);
    }

    private List<Holding> holdingsOf(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(enterpriseIds.size(), "?"));
        return jdbc.query(
                "select id, enterprise_id, tier, granted_on, valid_until from enterprise_tier where enterprise_id in ("
                        + marks + ")",
                (rs, row) -> new Holding(
                        rs.getLong(1),
                        rs.getLong(2),
                        CultivationTier.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)),
                enterpriseIds.toArray());
    }

    /** A certificate is renewed when the firm holds a later one of the same tier: it leaves the renewals due. */
    private static Set<Long> renewedIds(List<Holding> holdings) {
        Map<String, LocalDate> latest = new HashMap<>();
        holdings.forEach(
                h -> latest.merge(h.enterpriseId() + ":" + h.tier(), h.validUntil(), (a, b) -> a.isAfter(b) ? a : b));
        Set<Long> renewed = new HashSet<>();
        for (Holding h : holdings) {
            if (latest.get(h.enterpriseId() + ":" + h.tier()).isAfter(h.validUntil())) {
                renewed.add(h.id());
            }
        }
        return renewed;
    }

    private void insert(List<Standing> standings) {
        jdbc.batchUpdate(
                "insert into ladder_firm (enterprise_id, sector_id, held_today, held_year_end, gained, lapsed,"
                        + " above_scale, with_rd, platforms, due) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                standings.stream()
                        .map(s -> new Object[] {
                            s.enterpriseId(),
                            s.sectorId(),
                            s.heldToday(),
                            s.heldYearEnd(),
                            s.gained(),
                            s.lapsed(),
                            s.aboveScale(),
                            s.withRd(),
                            s.platforms(),
                            s.due()
                        })
                        .toList());
    }

    private static void addTo(Map<Long, Map<String, Long>> counts, Standing standing, int sign) {
        Map<String, Long> sector = counts.computeIfAbsent(
                standing.sectorId() == null ? NO_SECTOR : standing.sectorId(), k -> new TreeMap<>());
        standing.measures().forEach((measure, amount) -> sector.merge(measure, sign * amount, Long::sum));
    }

    private static void add(Map<String, Long> measures, String measure, long amount) {
        measures.merge(measure, amount, Long::sum);
    }

    static LocalDate yearEnd(LocalDate day) {
        return day.withDayOfYear(1).minusDays(1);
    }
}
