package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.HoldingLine;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import com.chainleads.enterprise.summary.LadderStandings;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One truth for the ladder: after a long random sequence of library writes by two officers at once, every figure of
 * the read model equals the same figure counted from the tier, platform and indicator tables.
 */
@IntegrationTest
@Import({LibraryTestData.class, SignIn.class})
class LadderStandingsIT {

    private static final String[] SECTORS = {"BIOMEDICINE", "NEW_MATERIALS", "ELECTRONIC_INFORMATION"};
    private static final String[] LINKS = {"BM_TCM", "NM_COMPOSITE", "EI_PACKAGING"};

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    LadderService ladders;

    @Autowired
    LadderStandings standings;

    @Autowired
    LibraryTestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeTestEnterprises() {
        created.forEach(data::remember);
        data.removeAll();
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void everyLadderFigureEqualsTheTablesAfterRandomWritesByTwoOfficersAtOnce() throws Exception {
        signIn.as("leader", () -> ladders.ladder(null)); // the standings are for today
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                long seed = 20261206L + writer;
                String user = writer == 0 ? "tech1" : "admin";
                done.add(writers.submit(() -> signIn.as(user, () -> randomWrites(new Random(seed), 60))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdownNow();
        }

        signIn.as("leader", () -> {
            assertSameAsTables(null);
            for (String sector : SECTORS) {
                assertSameAsTables(data.sector(sector));
            }
        });
    }

    @Test
    void standingsOfAnotherDayAreRebuiltAtTheFirstLook() {
        signIn.as("leader", () -> ladders.ladder(null));
        jdbc.update("update ladder_state set as_of = ? where id = 1", Date.valueOf(today().minusDays(1)));
        jdbc.update("update ladder_count set amount = amount + 7 where measure = 'HOLDERS_HIGH_TECH'");

        signIn.as("leader", () -> assertSameAsTables(null));
        assertThat(jdbc.queryForObject("select as_of from ladder_state where id = 1", LocalDate.class))
                .isEqualTo(today());
    }

    private void randomWrites(Random random, int steps) {
        List<EnterpriseDetail> mine = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int what = mine.isEmpty() ? 0 : random.nextInt(7);
            switch (what) {
                case 0 -> {
                    int s = random.nextInt(SECTORS.length);
                    EnterpriseDetail firm = library.create(data.profile(
                            "测试梯度随机企业" + random.nextInt(1_000_000),
                            LibraryTestData.uniqueCode(),
                            SECTORS[s],
                            LINKS[s],
                            random.nextBoolean()));
                    created.add(firm.id());
                    mine.add(firm);
                }
                case 1, 2 -> {
                    EnterpriseDetail firm = pick(random, mine);
                    CultivationTier tier = CultivationTier.values()[random.nextInt(3)];
                    LocalDate granted = today().minusDays(random.nextInt(1_400));
                    try {
                        replace(mine, firm, library.addTier(firm.id(), new TierCommand(tier, granted, null, null)));
                    } catch (com.chainleads.base.domain.BusinessRuleException twice) {
                        // the same tier on the same day again: refused, nothing changes
                    }
                }
                case 3 -> {
                    EnterpriseDetail firm = fresh(pick(random, mine));
                    if (!firm.tiers().isEmpty()) {
                        var tier = firm.tiers().get(random.nextInt(firm.tiers().size()));
                        replace(mine, firm, library.removeTier(tier.id(), tier.version()));
                    }
                }
                case 4 -> {
                    EnterpriseDetail firm = pick(random, mine);
                    replace(
                            mine,
                            firm,
                            library.addPlatform(
                                    firm.id(),
                                    new PlatformCommand(
                                            "测试平台" + step,
                                            PlatformType.ENTERPRISE_TECH_CENTER,
                                            PlatformLevel.CITY,
                                            null)));
                }
                case 5 -> {
                    EnterpriseDetail firm = fresh(pick(random, mine));
                    int year = today().getYear() - 1;
                    var existing = firm.indicators().stream()
                            .filter(line -> line.figures().year() == year)
                            .findFirst();
                    BigDecimal rd = random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("120");
                    IndicatorsCommand figures = new IndicatorsCommand(
                            year, new BigDecimal("5000"), null, rd, null, null, null, null, null, null);
                    replace(
                            mine,
                            firm,
                            library.saveIndicators(
                                    firm.id(),
                                    existing.map(EnterpriseDetail.IndicatorLine::id)
                                            .orElse(null),
                                    existing.map(EnterpriseDetail.IndicatorLine::version)
                                            .orElse(0L),
                                    figures));
                }
                default -> {
                    EnterpriseDetail firm = fresh(pick(random, mine));
                    if (random.nextInt(4) == 0) {
                        library.delete(firm.id(), firm.version());
                        mine.remove(firm);
                    } else {
                        int s = random.nextInt(SECTORS.length);
                        ProfileCommand moved = new ProfileCommand(
                                firm.profile().name(),
                                firm.profile().creditCode(),
                                data.sector(SECTORS[s]),
                                Set.of(data.link(LINKS[s])),
                                random.nextBoolean(),
                                null,
                                null);
                        replace(mine, firm, library.update(firm.id(), firm.version(), moved));
                    }
                }
            }
        }
    }

    private EnterpriseDetail fresh(EnterpriseDetail firm) {
        return library.find(firm.id()).orElseThrow();
    }

    private static EnterpriseDetail pick(Random random, List<EnterpriseDetail> firms) {
        return firms.get(random.nextInt(firms.size()));
    }

    private static void replace(List<EnterpriseDetail> firms, EnterpriseDetail old, EnterpriseDetail now) {
        firms.removeIf(f -> f.id() == old.id());
        firms.add(now);
    }

    private void assertSameAsTables(Long sectorId) {
        Ladder ladder = ladders.ladder(sectorId);
        LocalDate today = ladder.day();
        LocalDate yearEnd = today.withDayOfYear(1).minusDays(1);
        String sector = sectorId == null ? "" : " and e.sector_id = " + sectorId;
        for (Ladder.Step step : ladder.steps()) {
            String tier = step.tier().name();
            assertThat(step.holders())
                    .as("holders of %s in %s", tier, sectorId)
                    .isEqualTo(heldOn(tier, today, null, sector));
            assertThat(step.gained())
                    .as("gained %s in %s", tier, sectorId)
                    .isEqualTo(heldOn(tier, today, yearEnd, sector));
            assertThat(step.lapsed())
                    .as("lapsed %s in %s", tier, sectorId)
                    .isEqualTo(heldOn(tier, yearEnd, today, sector));
        }
        assertThat(ladder.coverage().aboveScale())
                .isEqualTo(count("select count(*) from local_enterprise e where e.above_scale = true" + sector));
        assertThat(ladder.coverage().withRd())
                .isEqualTo(count("select count(*) from local_enterprise e where e.above_scale = true" + sector
                        + " and exists (select 1 from enterprise_indicator i where i.enterprise_id = e.id"
                        + " and i.report_year = " + (today.getYear() - 1) + " and i.rd_expense_wan > 0)"));
        assertThat(ladder.platforms())
                .isEqualTo(count("select count(*) from innovation_platform p join local_enterprise e"
                        + " on e.id = p.enterprise_id where 1 = 1" + sector));
        assertThat(ladders.expiring(sectorId, PageRequest.of(0, 1)).getTotalElements())
                .as("renewals due in %s", sectorId)
                .isEqualTo(count("select count(*) from enterprise_tier t join local_enterprise e on e.id ="
                        + " t.enterprise_id where t.valid_until >= '" + today + "' and t.valid_until < '"
                        + today.plusMonths(LadderService.EXPIRY_MONTHS) + "' and t.granted_on <= '" + today + "'"
                        + sector + " and not exists (select 1 from enterprise_tier n where n.enterprise_id ="
                        + " t.enterprise_id and n.tier = t.tier and n.valid_until > t.valid_until)"));
        long gainedLines =
                ladder.steps().stream().mapToLong(Ladder.Step::gained).sum();
        List<HoldingLine> climbed = ladders.climbed(sectorId);
        assertThat(climbed).hasSize((int) Math.min(gainedLines, LadderService.MOVERS_LIMIT));
    }

    /** Firms of the sector holding {@code tier} on {@code held} and, if given, not on {@code notHeld}. */
    private long heldOn(String tier, LocalDate held, LocalDate notHeld, String sector) {
        return count("select count(distinct t.enterprise_id) from enterprise_tier t join local_enterprise e"
                + " on e.id = t.enterprise_id where t.tier = '" + tier + "' and t.granted_on <= '" + held + "'"
                + " and t.valid_until >= '" + held + "'" + sector
                + (notHeld == null
                        ? ""
                        : " and not exists (select 1 from enterprise_tier p where p.enterprise_id = t.enterprise_id"
                                + " and p.tier = t.tier and p.granted_on <= '" + notHeld + "' and p.valid_until >= '"
                                + notHeld + "')"));
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
