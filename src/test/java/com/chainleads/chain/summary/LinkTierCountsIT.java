package com.chainleads.chain.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.service.EnterpriseDetail;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryTestData;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.enterprise.service.TierCommand;
import com.chainleads.enterprise.summary.LadderStandings;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The map's counts per link and top tier stay equal to the link table through every kind of library write, from
 * two writers at once, and a rebuild puts them right after a write behind the library's back.
 */
@IntegrationTest
class LinkTierCountsIT {

    @Autowired
    LinkTierCounts mapCounts;

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    EnterpriseLibraryRepository enterprises;

    @Autowired
    LadderStandings standings;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<Long> created = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeFirms() {
        LibraryTestData.remove(new ArrayList<>(created), enterprises, standings, mapCounts, transactions);
    }

    @Test
    void aLongRandomRunOfLibraryWritesFromTwoWritersLeavesEveryCountEqualToTheLinkTable() throws Exception {
        long sector = chains.sectorByCode("NEW_MATERIALS").orElseThrow().id();
        List<Long> links =
                chains.linksOfSector(sector).stream().map(ChainLinkOption::id).toList();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                long seed = 16L + writer;
                runs.add(writers.submit(() -> signIn.as("tech1", () -> randomWrites(new Random(seed), sector, links))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(stored()).isEqualTo(fromTheLinkTable());
        assertThat(mapCounts.inStep()).isTrue();
    }

    private void randomWrites(Random random, long sector, List<Long> links) {
        List<Long> mine = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int step = 0; step < 40; step++) {
            int move = mine.isEmpty() ? 0 : random.nextInt(5);
            try {
                switch (move) {
                    case 0 -> {
                        EnterpriseDetail firm = library.create(profile(random, sector, links, uniqueCode()));
                        mine.add(firm.id());
                        created.add(firm.id());
                    }
                    case 1 -> {
                        EnterpriseDetail firm = pick(random, mine);
                        library.update(
                                firm.id(),
                                firm.version(),
                                profile(random, sector, links, firm.profile().creditCode()));
                    }
                    case 2 -> {
                        EnterpriseDetail firm = pick(random, mine);
                        CultivationTier tier =
                                CultivationTier.values()[random.nextInt(CultivationTier.values().length)];
                        library.addTier(
                                firm.id(), new TierCommand(tier, today.minusDays(1 + random.nextInt(300)), null, null));
                    }
                    case 3 -> {
                        EnterpriseDetail firm = pick(random, mine);
                        if (!firm.tiers().isEmpty()) {
                            EnterpriseDetail.TierLine line =
                                    firm.tiers().get(random.nextInt(firm.tiers().size()));
                            library.removeTier(line.id(), line.version());
                        }
                    }
                    default -> {
                        EnterpriseDetail firm = pick(random, mine);
                        library.delete(firm.id(), firm.version());
                        mine.remove(firm.id());
                    }
                }
            } catch (com.chainleads.base.domain.BusinessRuleException | OptimisticLockingFailureException refused) {
                // the same tier twice on one day: refused like any user's; the counts must not move
            }
        }
    }

    private EnterpriseDetail pick(Random random, List<Long> mine) {
        return library.find(mine.get(random.nextInt(mine.size()))).orElseThrow();
    }

    private static ProfileCommand profile(Random random, long sector, List<Long> links, String code) {
        Set<Long> chosen = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            chosen.add(links.get(random.nextInt(links.size())));
        }
        return new ProfileCommand("计数测试企业" + code.substring(10), code, sector, chosen, false, null, null);
    }

    private static String uniqueCode() {
        return CreditCode.complete("91429996"
                        + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
    }

    @Test
    void aFirmWrittenBehindTheLibrarysBackIsCountedAfterARebuild() {
        long link = chains.linkByCode("NM_COMPOSITE").orElseThrow().id();
        EnterpriseDetail firm = signIn.as(
                "tech1",
                () -> library.create(new ProfileCommand(
                        "计数重建测试有限公司",
                        uniqueCode(),
                        chains.sectorByCode("NEW_MATERIALS").orElseThrow().id(),
                        Set.of(link),
                        false,
                        null,
                        null)));
        created.add(firm.id());
        long other = chains.linkByCode("NM_CARBON").orElseThrow().id();
        jdbc.update("insert into local_enterprise_link (enterprise_id, chain_link_id) values (?, ?)", firm.id(), other);
        assertThat(mapCounts.inStep()).isFalse();

        mapCounts.rebuild();

        assertThat(mapCounts.inStep()).isTrue();
        assertThat(stored()).isEqualTo(fromTheLinkTable());
    }

    private Map<String, Long> stored() {
        Map<String, Long> counts = new TreeMap<>();
        for (LinkTierCount count : mapCounts.all()) {
            counts.put(count.chainLinkId() + "/" + count.tier(), count.count());
        }
        return counts;
    }

    private Map<String, Long> fromTheLinkTable() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("""
                select l.chain_link_id, e.cultivation_tier, count(*)
                from local_enterprise_link l join local_enterprise e on e.id = l.enterprise_id
                group by l.chain_link_id, e.cultivation_tier""", rs -> {
            counts.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return counts;
    }
}
