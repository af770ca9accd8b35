package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.CockpitServices;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.FollowUpRow;
import com.chainleads.lead.service.HandoverRequest;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadImportRow;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.LeadTableFigures;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.lead.service.StageChangeRequest;
import com.chainleads.lead.service.SummaryFigures;
import com.chainleads.security.CurrentUser;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A long random sequence of lead changes through the services — created, edited (amounts, sector and link,
 * region, channel, type, signing), moved through the stages (签约, 注册落地, 终止, back), handed over to other
 * units, followed up, imported, settled as 撞单, deleted — by several signed-in users at once. Afterwards every
 * summary row equals what a rebuild computes from the lead table, and every cockpit and map figure from the
 * summaries equals the same figure computed from the lead table; no save failed on a deadlock.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SummariesStayInStepIT {

    private static final Logger log = LoggerFactory.getLogger(SummariesStayInStepIT.class);
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int OPERATIONS_PER_WRITER = 45;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    com.chainleads.lead.service.LeadImports imports;

    @Autowired
    com.chainleads.lead.service.DuplicateSettlement settlement;

    @Autowired
    LeadQueries queries;

    @Autowired
    LeadSummaries summaries;

    @Autowired
    com.chainleads.lead.search.LeadIndex index;

    @Autowired
    LeadSummaryListener listener;

    @Autowired
    SummaryFigures summaryFigures;

    @Autowired
    LeadTableFigures tableFigures;

    @Autowired
    CockpitService cockpit;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    ResponseClocks clocks;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    /** The project names of this run's leads start with it. */
    private final String tag = "摘要测试" + Long.toString(System.nanoTime() % 1_000_000, 36);

    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger serial = new AtomicInteger();
    private List<SectorOption> sectors;
    private List<ChainLinkOption> links;
    /** Enabled officers of the demo units: id, unit id, username. */
    private List<Object[]> officers;

    private LocalDate today;

    @Test
    void concurrentRandomChangesKeepEveryRowAndFigureEqualToTheLeadTable(CapturedOutput output) throws Exception {
        summaries.rebuild(); // whatever other tests wrote, start in step
        today = LocalDate.now(clock);
        sectors = chains.sectors();
        links = chains.allLinks();
        officers = jdbc.query(
                "select id, unit_id, username from app_user where role = 'OFFICER' and enabled = true "
                        + "and unit_id in (select id from org_unit where code in ('INVEST_1', 'INVEST_2', 'INVEST_3'))",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)});
        assertThat(officers).hasSizeGreaterThanOrEqualTo(3);

        List<String> writers = List.of("officer1", "officer2", "officer3", "admin");
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            String user = writers.get(w);
            Random random = new Random(20261206L + w);
            running.add(pool.submit(() -> {
                for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
                    operate(user, random, i < 4);
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        log.info("Random lead changes: {}", new java.util.TreeMap<>(outcomes));

        assertThat(failures).as("unexpected failures").isEmpty();
        assertThat(outcomes.getOrDefault("ok", new AtomicInteger()).get()).isGreaterThan(100);
        assertThat(listener.pendingSessions())
                .as("sessions with unwritten summary changes")
                .isZero();
        assertThat(output).as("saves retried after a deadlock").doesNotContain("rolled back by the database");

        FigureComparison figures = new FigureComparison(
                summaryFigures,
                tableFigures,
                cockpit,
                CockpitServices.on(tableFigures, queries, chains, clocks, currentUser, clock),
                chains,
                signIn,
                today);
        figures.compareAll(
                List.of("leader", "officer1", "officer3"),
                jdbc.queryForList("select code from org_unit order by sort_order, id", String.class));
        log.info("{} figures equal from the summaries and from the lead table", figures.compared());

        assertThat(summaries.check().inStep()).isTrue();
        // and every lead's search-index document agrees with its row
        assertThat(com.chainleads.lead.search.IndexConsistency.differences(jdbc, index))
                .isEmpty();
        SummaryRows.assertEqualToRebuild(jdbc, summaries);
    }

    /** One random change as {@code user}; refusals a real user could meet (validation, conflicts) are counted. */
    private void operate(String user, Random random, boolean create) {
        boolean admin = user.equals("admin");
        int choice = create ? 0 : random.nextInt(admin ? 100 : 88);
        String name;
        Runnable work;
        if (choice < 14) {
            name = "create";
            work = () -> create(user, random);
        } else if (choice < 34) {
            name = "edit";
            work = () -> edit(pick(user, random), random);
        } else if (choice < 54) {
            name = "stage";
            work = () -> changeStage(pick(user, random), random);
        } else if (choice < 62) {
            name = "handover";
            work = () -> handOver(pick(user, random), random);
        } else if (choice < 80) {
            name = "follow-up";
            work = () -> followUp(pick(user, random), random);
        } else if (choice < 88) {
            name = "import";
            work = () -> importSome(user, random);
        } else if (choice < 94) {
            name = "settle";
            work = () -> {
                long duplicate = pick(user, random);
                long kept = pick(user, random);
                if (duplicate != kept) {
                    settlement.settleRuling(duplicate, kept, random.nextBoolean(), "随机撞单移交", "随机撞单终止");
                }
            };
        } else {
            name = "delete";
            work = () -> delete(pick(user, random));
        }
        try {
            signIn.as(user, work);
            count(name + " ok");
            count("ok");
        } catch (BusinessRuleException | OptimisticLockingFailureException | AccessDeniedException refused) {
            count(name + " refused: " + refused.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("{} by {} failed", name, user, e);
            failures.add(e);
        }
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One of this run's leads that {@code user} may see. */
    private long pick(String user, Random random) {
        List<Long> ids = user.equals("admin")
                ? jdbc.queryForList(
                        "select id from investment_lead where project_name like ? order by id", Long.class, tag + "%")
                : jdbc.queryForList(
                        "select l.id from investment_lead l join app_user u on u.username = ? "
                                + "where l.project_name like ? and l.unit_id = u.unit_id order by l.id",
                        Long.class,
                        user,
                        tag + "%");
        if (ids.isEmpty()) {
            throw new BusinessRuleException("nothing yet");
        }
        return ids.get(random.nextInt(ids.size()));
    }

    // ---- operations ---------------------------------------------------------------------------------------

    private void create(String user, Random random) {
        LeadDraft draft = draft(random, random.nextInt(4) == 0);
        if (user.equals("admin")) {
            Object[] owner = officers.get(random.nextInt(officers.size()));
            draft.setOwnerId((Long) owner[0]);
            draft.setUnitId((Long) owner[1]);
        }
        leads.create(draft);
    }

    private void edit(long id, Random random) {
        LeadDetails lead = leads.load(id);
        LeadDraft draft = lead.draft();
        boolean sparseAllowed =
                Set.of(LeadStage.REGISTERED, LeadStage.ON_HOLD, LeadStage.LOST).contains(lead.stage());
        switch (random.nextInt(8)) {
            case 0 -> draft.setTotalInvestment(amount(random));
            case 1 -> {
                SectorOption sector = sectors.get(random.nextInt(sectors.size()));
                draft.setSectorId(sector.id());
                draft.setChainLinkId(link(sector, random));
            }
            case 2 ->
                draft.setOriginRegion(
                        sparseAllowed && random.nextBoolean()
                                ? null
                                : OriginRegion.values()[random.nextInt(OriginRegion.values().length)]);
            case 3 -> draft.setChannel(LeadChannel.values()[random.nextInt(LeadChannel.values().length)]);
            case 4 ->
                draft.setProjectType(
                        sparseAllowed && random.nextBoolean()
                                ? null
                                : ProjectType.values()[random.nextInt(ProjectType.values().length)]);
            case 5 -> dates(draft, random);
            case 6 -> draft.setFundsReceived(random.nextBoolean() ? null : amount(random));
            default -> draft.setProjectName(draft.getProjectName() + "·改");
        }
        if (draft.getChannel() == LeadChannel.REFERRER && draft.getReferrer().isBlank()) {
            draft.setReferrer("随机引荐人");
        }
        leads.update(id, lead.version(), draft);
    }

    private void changeStage(long id, Random random) {
        LeadDetails lead = leads.load(id);
        LeadStage target = LeadStage.values()[random.nextInt(LeadStage.values().length)];
        leads.changeStage(
                id,
                lead.version(),
                new StageChangeRequest(
                        target, "随机推进", null, null, null, null, null, target == LeadStage.LOST ? "随机终止" : null));
    }

    private void handOver(long id, Random random) {
        LeadDetails lead = leads.load(id);
        Object[] owner = officers.get(random.nextInt(officers.size()));
        leads.handOver(id, lead.version(), new HandoverRequest((Long) owner[0], (Long) owner[1], "随机移交"));
    }

    private void followUp(long id, Random random) {
        List<FollowUpRow> existing = activity.followUps(id);
        int what = existing.isEmpty() ? 0 : random.nextInt(4);
        FollowUpDraft draft = new FollowUpDraft();
        draft.setFollowUpOn(today.minusDays(random.nextInt(random.nextBoolean() ? 20 : 200)));
        draft.setMethod(FollowUpMethod.values()[random.nextInt(FollowUpMethod.values().length)]);
        draft.setContent("随机跟进");
        if (what <= 1) {
            activity.addFollowUp(id, draft);
        } else {
            FollowUpRow row = existing.get(random.nextInt(existing.size()));
            if (what == 2) {
                activity.updateFollowUp(row.id(), row.version(), draft);
            } else {
                activity.deleteFollowUp(row.id(), row.version());
            }
        }
    }

    private void importSome(String user, Random random) {
        Long officerUnit = currentUser.require().unitId();
        List<Object[]> owners = officers.stream()
                .filter(o -> user.equals("admin") || o[1].equals(officerUnit))
                .toList();
        List<LeadImportRow> rows = new ArrayList<>();
        int size = 2 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            LeadDraft draft = draft(random, false);
            Object[] owner = owners.get(random.nextInt(owners.size()));
            draft.setOwnerId((Long) owner[0]);
            draft.setUnitId((Long) owner[1]);
            LeadStage stage = LeadStage.values()[random.nextInt(LeadStage.values().length)];
            if (stage == LeadStage.LOST) {
                draft.setLostReason("导入时已终止");
            }
            LocalDate reportedOn = today.minusDays(random.nextInt(600));
            if (draft.getSignedOn() != null && draft.getSignedOn().isBefore(reportedOn)) {
                reportedOn = draft.getSignedOn();
            }
            rows.add(new LeadImportRow(i + 2, draft, stage, reportedOn));
        }
        imports.importLeads(rows, "随机导入.xlsx");
    }

    private void delete(long id) {
        LeadDetails lead = leads.load(id);
        leads.delete(id, lead.version());
    }

    // ---- data ---------------------------------------------------------------------------------------------

    /** A lead with every field the later stages need (or, sparse, only what 线索登记 needs). */
    private LeadDraft draft(Random random, boolean sparse) {
        int n = serial.incrementAndGet();
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(tag + (sparse ? "·稀疏" : "·") + n);
        draft.setInvestorName("Z" + brand(random) + n + "科技有限公司");
        SectorOption sector = sectors.get(random.nextInt(sectors.size()));
        draft.setSectorId(sector.id());
        draft.setChannel(LeadChannel.values()[random.nextInt(LeadChannel.values().length)]);
        if (draft.getChannel() == LeadChannel.REFERRER) {
            draft.setReferrer("随机引荐人");
        }
        if (sparse) {
            return draft;
        }
        draft.setChainLinkId(link(sector, random));
        draft.setProjectType(ProjectType.values()[random.nextInt(ProjectType.values().length)]);
        draft.setTotalInvestment(amount(random));
        draft.setInvestorType(InvestorType.values()[random.nextInt(InvestorType.values().length)]);
        draft.setOriginRegion(OriginRegion.values()[random.nextInt(OriginRegion.values().length)]);
        draft.setCreditCode(creditCode(random));
        draft.setChainPurpose(ChainPurpose.values()[random.nextInt(ChainPurpose.values().length)]);
        dates(draft, random);
        if (random.nextBoolean()) {
            draft.setFundsReceived(amount(random));
        }
        return draft;
    }

    /** Signing, start and production dates in order, none in the future. */
    private void dates(LeadDraft draft, Random random) {
        LocalDate signed = today.minusDays(random.nextInt(500));
        LocalDate started = signed.plusDays(random.nextInt((int) (today.toEpochDay() - signed.toEpochDay()) + 1));
        LocalDate producing = started.plusDays(random.nextInt((int) (today.toEpochDay() - started.toEpochDay()) + 1));
        draft.setSignedOn(signed);
        draft.setSignedAmount(amount(random));
        draft.setPlannedStartOn(signed.plusDays(random.nextInt(60)));
        draft.setActualStartOn(started);
        draft.setPlannedProductionOn(null);
        draft.setActualProductionOn(producing);
    }

    private Long link(SectorOption sector, Random random) {
        List<ChainLinkOption> ofSector =
                links.stream().filter(l -> l.sectorId() == sector.id()).toList();
        return ofSector.get(random.nextInt(ofSector.size())).id();
    }

    /** Around the 1亿 and 10亿 bands (just below, at, just above), in 万元 with cents. */
    private static BigDecimal amount(Random random) {
        long[] around = {500, 10_000, 50_000, 100_000, 300_000};
        long base = around[random.nextInt(around.length)] + random.nextInt(3) - 1;
        return BigDecimal.valueOf(base)
                .add(random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100), 2));
    }

    private static String brand(Random random) {
        StringBuilder brand = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            brand.append((char) ('a' + random.nextInt(26)));
        }
        return brand.toString();
    }

    private static String creditCode(Random random) {
        StringBuilder body = new StringBuilder("91420100");
        for (int i = 0; i < 8; i++) {
            body.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return CreditCode.complete(body.toString()).value();
    }
}
