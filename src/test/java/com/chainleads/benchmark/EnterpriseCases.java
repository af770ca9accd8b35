package com.chainleads.benchmark;

import com.chainleads.benchmark.BenchmarkReport.Line;
import com.chainleads.enterprise.service.EnterpriseDetail;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.IndicatorsCommand;
import com.chainleads.enterprise.service.LadderService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Case l: the enterprise library, a firm's page and the ladder at {@code bench.enterprises} firms (50,000 by
 * default). Cold means right after a save of some firm's yearly figures through the service (the write every
 * figure of the library and the ladder must follow), warm means the same look again.
 */
final class EnterpriseCases {

    private static final int PAGE = 50;
    private static final Sort BY_NAME = Sort.by("name");

    private final EnterpriseLibraryService library;
    private final LadderService ladders;
    private final com.chainleads.enterprise.cultivation.service.CultivationService cultivation;
    private final com.chainleads.chain.service.ChainMapService maps;
    private final SignIn signIn;
    private final BenchmarkSettings settings;
    private final BenchmarkReport report;
    private final List<Long> firms = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();

    EnterpriseCases(
            EnterpriseLibraryService library,
            LadderService ladders,
            com.chainleads.enterprise.cultivation.service.CultivationService cultivation,
            com.chainleads.chain.service.ChainMapService maps,
            SignIn signIn,
            BenchmarkSettings settings,
            BenchmarkReport report) {
        this.library = library;
        this.ladders = ladders;
        this.cultivation = cultivation;
        this.maps = maps;
        this.signIn = signIn;
        this.settings = settings;
        this.report = report;
    }

    void run() {
        long total = signIn.as("leader", () -> library.count(LibraryFilter.all()));
        signIn.as("leader", () -> library.list(LibraryFilter.all(), PageRequest.of(0, 200, BY_NAME)))
                .forEach(row -> firms.add(row.id()));
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("l1", "");
        lists.put("l2", "sector=NEW_MATERIALS&tier=HIGH_TECH");
        lists.put("l3", "q=华鼎");
        lists.put("l4", "scale=1&platform=PROVINCIAL");
        lists.put("l5", "link=EI_PACKAGING&tier=TECH_SME");
        for (var list : lists.entrySet()) {
            LibraryFilter filter = filter(list.getValue());
            measure(
                    list.getKey(),
                    "library first page and count, " + (list.getValue().isEmpty() ? "(all)" : list.getValue()),
                    () -> signIn.as("leader", () -> {
                        library.count(filter);
                        library.list(filter, PageRequest.of(0, PAGE, BY_NAME));
                    }),
                    "service p95 ≤ 100 ms",
                    100);
        }
        long middle = total / 2 / PAGE;
        measure(
                "l6",
                String.format("library deep page, rows %,d–%,d of %,d", middle * PAGE + 1, middle * PAGE + PAGE, total),
                () -> signIn.as(
                        "leader", () -> library.list(LibraryFilter.all(), PageRequest.of((int) middle, PAGE, BY_NAME))),
                "service p95 ≤ 200 ms (2× a first page)",
                200);
        measure(
                "l7",
                "a firm's page: profile, tiers, platforms, figures and change log",
                () -> signIn.as("leader", () -> {
                    long id = firms.get(Math.floorMod(turn.get() * 7, firms.size()));
                    library.find(id);
                    library.history(id);
                }),
                "service p95 ≤ 100 ms",
                100);
        measure(
                "l8",
                "the ladder of the district: funnel, movements, R&D coverage, first page of renewals due",
                () -> signIn.as("leader", () -> ladder(null)),
                "service p95 ≤ 150 ms (as the cockpit)",
                150);
        Long sector = signIn.as("leader", () -> library.find(firms.get(0)))
                .map(detail -> detail.profile().sectorId())
                .orElse(null);
        measure(
                "l9",
                "the ladder of one sector",
                () -> signIn.as("leader", () -> ladder(sector)),
                "service p95 ≤ 150 ms (as the cockpit)",
                150);
        measure(
                "l10",
                "培育清单: the firms closest to their next tier, first page and count, district",
                () -> signIn.as("leader", () -> {
                    cultivation.countCandidates(null, null);
                    cultivation.candidates(null, null, PageRequest.of(0, PAGE));
                }),
                "service p95 ≤ 100 ms",
                100);
        measure(
                "l11",
                "创新积分: the ranking's first page and count, one sector; a firm's 培育与积分 tab",
                () -> signIn.as("leader", () -> {
                    cultivation.countRanked(sector);
                    cultivation.ranking(sector, PageRequest.of(0, PAGE));
                    cultivation.firm(firms.get(Math.floorMod(turn.get() * 11, firms.size())));
                }),
                "service p95 ≤ 100 ms",
                100);
        measure(
                "l12",
                "奖励政策: each policy's qualifying firms, first page and count",
                () -> signIn.as(
                        "leader",
                        () -> cultivation.policies().forEach(policy -> {
                            cultivation.countQualifying(java.util.Objects.requireNonNull(policy.id()));
                            cultivation.qualifying(
                                    java.util.Objects.requireNonNull(policy.id()), PageRequest.of(0, PAGE));
                        })),
                "service p95 ≤ 150 ms",
                150);
        measure(
                "l13",
                "industry map overview, every link's strength weighed by its firms' tiers",
                () -> signIn.as("leader", maps::overview),
                "service p95 ≤ 100 ms (as case d)",
                100);
        measure(
                "l14",
                "industry map of one sector (电子信息), weighed by tiers",
                () -> signIn.as("leader", () -> maps.sectorMap("ELECTRONIC_INFORMATION")),
                "service p95 ≤ 100 ms (as case d)",
                100);
        report.note(String.format("l: %,d enterprises in the library", total));
    }

    private void ladder(Long sectorId) {
        ladders.ladder(sectorId);
        ladders.climbed(sectorId);
        ladders.lapsed(sectorId);
        ladders.expiring(sectorId, PageRequest.of(0, PAGE));
    }

    /** The write a cold look follows: one firm's figures for last year, changed by the 科技科. */
    private void oneSave() {
        signIn.as("tech1", () -> {
            long id = firms.get(Math.floorMod(turn.getAndIncrement(), firms.size()));
            EnterpriseDetail firm = library.find(id).orElseThrow();
            var last = firm.indicators().isEmpty() ? null : firm.indicators().get(0);
            int year = last == null
                    ? java.time.Year.now().getValue() - 1
                    : last.figures().year();
            BigDecimal revenue = last == null || last.figures().revenueWan() == null
                    ? new BigDecimal("1000")
                    : last.figures().revenueWan().add(BigDecimal.ONE);
            IndicatorsCommand figures = last == null
                    ? new IndicatorsCommand(year, revenue, null, null, null, null, null, null, null, null)
                    : new IndicatorsCommand(
                            year,
                            revenue,
                            last.figures().taxWan(),
                            last.figures().rdExpenseWan(),
                            last.figures().rdStaff(),
                            last.figures().staff(),
                            last.figures().inventionPatents(),
                            last.figures().utilityPatents(),
                            last.figures().designPatents(),
                            last.figures().softwareCopyrights());
            library.saveIndicators(id, last == null ? null : last.id(), last == null ? 0 : last.version(), figures);
        });
    }

    private void measure(String id, String what, Runnable work, String target, double serviceTargetMillis) {
        CaseTimer.ColdAndWarm timed =
                CaseTimer.coldAndWarm(settings.warmups(), settings.iterations(), this::oneSave, work);
        report.add(new Line(
                id,
                what,
                target,
                timed.describe(),
                "",
                "",
                BenchmarkReport.verdict(timed.cold().service().p95Ms() <= serviceTargetMillis)));
    }

    private static LibraryFilter filter(String query) {
        return LibraryFilter.fromParameters(UriComponentsBuilder.fromUriString("/enterprises?" + query)
                .build()
                .getQueryParams());
    }
}
