package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UserOption;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LeadServiceIT {

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    LeadQueries queries;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    DirectoryService directory;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    private SectorOption sector(String code) {
        return signIn.as(
                "admin",
                () -> chains.sectors().stream()
                        .filter(s -> s.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    private ChainLinkOption link(String code) {
        return signIn.as(
                "admin",
                () -> chains.allLinks().stream()
                        .filter(l -> l.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private LeadDraft draft(String project) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(project);
        draft.setInvestorName(project + "投资有限公司");
        draft.setSectorId(sector("ELECTRONIC_INFORMATION").id());
        draft.setChannel(LeadChannel.EXPO);
        return draft;
    }

    private LeadDetails createAs(String user, String project) {
        return signIn.as(user, () -> leads.create(draft(project)));
    }

    private static String uniqueCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91310000");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 8; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return com.chainleads.base.domain.CreditCode.complete(body.toString()).value();
    }

    /** Completes what 在谈 needs and moves the lead there. */
    private LeadDetails toNegotiating(String user, LeadDetails lead) {
        return signIn.as(user, () -> {
            LeadDraft draft = lead.draft();
            draft.setChainLinkId(link("EI_FAB").id());
            draft.setProjectType(ProjectType.NEW);
            draft.setTotalInvestment(new BigDecimal("120000"));
            draft.setInvestorType(InvestorType.PRIVATE);
            draft.setOriginRegion(OriginRegion.YANGTZE_DELTA);
            draft.setCreditCode(uniqueCreditCode()); // one investor per lead: no 撞单 between the tests' units
            draft.setChainPurpose(ChainPurpose.FILL_GAP);
            LeadDetails saved = leads.update(lead.id(), lead.version(), draft);
            return leads.changeStage(saved.id(), saved.version(), StageChangeRequest.to(LeadStage.NEGOTIATING, null));
        });
    }

    @Test
    void anOfficerRegistersALeadWithAReadableNumberOwnedByThemInTheirUnit() {
        LeadDetails lead = createAs("officer1", unique("晶圆项目"));

        int year = LocalDate.now(clock).getYear();
        assertThat(lead.leadNo()).matches("ZS-" + year + "-\\d{4,}");
        assertThat(lead.stage()).isEqualTo(LeadStage.REGISTERED);
        assertThat(lead.ownerName()).isEqualTo("李明");
        assertThat(lead.unitNameZh()).isEqualTo("招商一科");
        assertThat(lead.firstReporterName()).isEqualTo("李明");
        List<StageChangeRow> history = signIn.as("officer1", () -> activity.stageHistory(lead.id()));
        assertThat(history).singleElement().satisfies(row -> {
            assertThat(row.fromStage()).isNull();
            assertThat(row.toStage()).isEqualTo(LeadStage.REGISTERED);
            assertThat(row.changedByName()).isEqualTo("李明");
        });
        List<AuditRow> log = signIn.as("officer1", () -> activity.changeLog(lead.id()));
        assertThat(log).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.CREATE);
            assertThat(row.actorName()).isEqualTo("李明");
            assertThat(row.changes()).extracting(AuditChange::field).contains("projectName", "sectorId", "channel");
        });
    }

    @Test
    void missingRequiredFieldsAreReportedPerFieldAndNothingIsSaved() {
        long before = signIn.as("officer1", () -> queries.count(LeadFilter.NONE));
        LeadDraft empty = new LeadDraft();
        empty.setCreditCode("91350100M000100Y44");
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.create(empty)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "projectName", "investorName", "sectorId", "channel", "creditCode"));
        assertThat(signIn.as("officer1", () -> queries.count(LeadFilter.NONE))).isEqualTo(before);
    }

    @Test
    void aChainLinkMustBelongToTheLeadsSector() {
        LeadDraft draft = draft(unique("错位"));
        draft.setChainLinkId(link("BM_CRO").id());
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.create(draft)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("chainLinkId", "lead.error.linkNotInSector")));
    }

    @Test
    void rowsOfChosenLeadsComeInTheOrderAskedAndOnlyThoseTheCallerMaySee() {
        LeadDetails first = createAs("officer1", unique("批量一"));
        LeadDetails second = createAs("officer2", unique("批量二"));
        LeadDetails third = createAs("officer1", unique("批量三"));
        List<Long> asked = List.of(third.id(), second.id(), first.id(), Long.MAX_VALUE);

        assertThat(signIn.as("leader", () -> queries.visibleRows(asked)))
                .extracting(LeadRow::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(signIn.as("officer4", () -> queries.visibleRows(asked)))
                .as("招商一科 sees its own two, not 招商二科's")
                .extracting(LeadRow::id)
                .containsExactly(third.id(), first.id());
        assertThat(signIn.as("officer2", () -> queries.visibleRows(asked)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(second.id());
                    assertThat(row.projectName()).isEqualTo(second.draft().getProjectName());
                    assertThat(row.unitNameZh()).isEqualTo("招商二科");
                });
    }

    @Test
    void officersSeeOnlyTheirUnitsLeadsLeadersSeeAllAndAnotherUnitsLeadAnswersAsNotFound() {
        String project = unique("可见性");
        LeadDetails lead = createAs("officer1", project);
        LeadFilter byName = LeadFilter.NONE.withText(project);

        assertThat(signIn.as("officer4", () -> queries.count(byName))).isEqualTo(1); // same unit 招商一科
        assertThat(signIn.as("leader", () -> queries.count(byName))).isEqualTo(1);
        assertThat(signIn.as("admin", () -> queries.count(byName))).isEqualTo(1);
        assertThat(signIn.as("officer2", () -> queries.count(byName))).isZero();
        assertThatThrownBy(() -> signIn.as("officer2", () -> leads.load(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signIn.as("officer2", () -> activity.followUps(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(signIn.as("officer2", () -> queries.findRows(LeadFilter.NONE, PageRequest.of(0, 1000))))
                .extracting(LeadRow::unitNameZh)
                .containsOnly("招商二科");
    }

    @Test
    void leadersCommentButCannotEditWhileOfficersCannotComment() {
        LeadDetails lead = createAs("officer1", unique("批示"));
        LeadDetails asLeader = signIn.as("leader", () -> leads.load(lead.id()));
        assertThat(asLeader.permissions().canEdit()).isFalse();
        assertThat(asLeader.permissions().canComment()).isTrue();
        assertThatThrownBy(() -> signIn.as("leader", () -> leads.update(lead.id(), lead.version(), lead.draft())))
                .isInstanceOf(AccessDeniedException.class);

        CommentRow comment = signIn.as("leader", () -> activity.addComment(lead.id(), "请尽快组织洽谈"));
        assertThat(comment.authorName()).isEqualTo("王建国");
        assertThat(signIn.as("officer1", () -> activity.comments(lead.id())))
                .extracting(CommentRow::content)
                .containsExactly("请尽快组织洽谈");
        assertThatThrownBy(() -> signIn.as("officer1", () -> activity.addComment(lead.id(), "自己批示")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signingNeedsTheDateAndAmountAndIsRecordedInTheHistory() {
        LeadDetails lead = toNegotiating("officer1", createAs("officer1", unique("签约")));
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> leads.changeStage(
                                lead.id(), lead.version(), StageChangeRequest.to(LeadStage.SIGNED, null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("signedOn", "signedAmount"));

        LocalDate today = LocalDate.now(clock);
        LeadDetails signed = signIn.as(
                "officer1",
                () -> leads.changeStage(
                        lead.id(),
                        lead.version(),
                        new StageChangeRequest(
                                LeadStage.SIGNED, "正式签约", today, new BigDecimal("118000"), null, null, null, null)));

        assertThat(signed.stage()).isEqualTo(LeadStage.SIGNED);
        assertThat(signed.stageEnteredOn()).isEqualTo(today);
        assertThat(signed.draft().getSignedAmount()).isEqualByComparingTo("118000");
        assertThat(signIn.as("officer1", () -> activity.stageHistory(lead.id())))
                .first()
                .satisfies(row -> {
                    assertThat(row.fromStage()).isEqualTo(LeadStage.NEGOTIATING);
                    assertThat(row.toStage()).isEqualTo(LeadStage.SIGNED);
                    assertThat(row.comment()).isEqualTo("正式签约");
                });
        // construction cannot start before signing
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> leads.changeStage(
                                signed.id(),
                                signed.version(),
                                new StageChangeRequest(
                                        LeadStage.CONSTRUCTION,
                                        null,
                                        null,
                                        null,
                                        today.minusDays(10),
                                        today.minusDays(5),
                                        null,
                                        null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .contains(new FieldProblem("actualStartOn", "lead.error.before.signedOn")));
    }

    @Test
    void losingALeadNeedsAReasonWhichIsKept() {
        LeadDetails lead = createAs("officer1", unique("终止"));
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> leads.changeStage(
                                lead.id(), lead.version(), StageChangeRequest.to(LeadStage.LOST, null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains("lostReason"));
        LeadDetails lost = signIn.as(
                "officer1",
                () -> leads.changeStage(
                        lead.id(),
                        lead.version(),
                        new StageChangeRequest(LeadStage.LOST, null, null, null, null, null, null, "项目落户竞争城市")));
        assertThat(lost.stage()).isEqualTo(LeadStage.LOST);
        assertThat(lost.draft().getLostReason()).isEqualTo("项目落户竞争城市");
    }

    @Test
    void theNextFollowUpDateFollowsTheLatestEntry() {
        LeadDetails lead = createAs("officer1", unique("跟进"));
        LocalDate today = LocalDate.now(clock);
        FollowUpDraft older = followUp(today.minusDays(10), today.plusDays(3));
        FollowUpDraft newer = followUp(today.minusDays(2), today.plusDays(14));
        signIn.as("officer1", () -> activity.addFollowUp(lead.id(), newer));
        FollowUpRow olderRow = signIn.as("officer1", () -> activity.addFollowUp(lead.id(), older));

        LeadDetails reloaded = signIn.as("officer1", () -> leads.load(lead.id()));
        assertThat(reloaded.nextFollowUpOn()).isEqualTo(today.plusDays(14));
        assertThat(reloaded.lastFollowUpOn()).isEqualTo(today.minusDays(2));
        assertThat(reloaded.version()).as("follow-ups are no edit of the lead").isEqualTo(lead.version());
        assertThat(signIn.as("officer1", () -> activity.followUps(lead.id())))
                .extracting(FollowUpRow::followUpOn)
                .containsExactly(today.minusDays(2), today.minusDays(10));

        FollowUpDraft corrected = followUp(today.minusDays(1), today.plusDays(30));
        signIn.as("officer1", () -> activity.updateFollowUp(olderRow.id(), olderRow.version(), corrected));
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).nextFollowUpOn())
                .isEqualTo(today.plusDays(30));
        assertThat(signIn.as("officer1", () -> activity.changeLog(lead.id())))
                .filteredOn(row -> row.subject() == com.chainleads.lead.domain.AuditSubject.FOLLOW_UP)
                .extracting(AuditRow::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE, AuditAction.CREATE);
    }

    @Test
    void aFollowUpCannotBeDatedInTheFutureOrHaveItsNextDateBeforeIt() {
        LeadDetails lead = createAs("officer1", unique("跟进校验"));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> activity.addFollowUp(lead.id(), followUp(today.plusDays(1), today.minusDays(1)))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("followUpOn", "nextFollowUpOn"));
    }

    private static FollowUpDraft followUp(LocalDate on, LocalDate next) {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setFollowUpOn(on);
        draft.setMethod(FollowUpMethod.VISIT);
        draft.setPeopleMet("王总");
        draft.setContent("上门拜访，介绍用地政策");
        draft.setNextFollowUpOn(next);
        return draft;
    }

    @Test
    void aHandoverKeepsTheHistoryIsRecordedAndMovesTheLeadToTheOtherUnit() {
        LeadDetails lead = createAs("officer1", unique("移交"));
        signIn.as(
                "officer1",
                () -> activity.addFollowUp(
                        lead.id(),
                        followUp(LocalDate.now(clock), LocalDate.now(clock).plusDays(7))));
        long unit2 = directory.units().stream()
                .filter(u -> u.code().equals("INVEST_2"))
                .findFirst()
                .orElseThrow()
                .id();
        UserOption zhangLi = signIn.as("officer1", () -> leads.possibleOwners(unit2)).stream()
                .filter(u -> u.username().equals("officer2"))
                .findFirst()
                .orElseThrow();

        LeadDetails handedOver = signIn.as(
                "officer1",
                () -> leads.handOver(
                        lead.id(), lead.version(), new HandoverRequest(zhangLi.id(), unit2, "企业总部在深圳，由驻深团队对接")));

        assertThat(handedOver.ownerName()).isEqualTo("张丽");
        assertThat(handedOver.unitNameZh()).isEqualTo("招商二科");
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.load(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(signIn.as("officer2", () -> activity.followUps(lead.id()))).hasSize(1);
        assertThat(signIn.as("officer2", () -> activity.handovers(lead.id())))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.fromOwnerName()).isEqualTo("李明");
                    assertThat(row.toOwnerName()).isEqualTo("张丽");
                    assertThat(row.reason()).isEqualTo("企业总部在深圳，由驻深团队对接");
                });
        assertThat(signIn.as("officer2", () -> activity.stageHistory(lead.id())))
                .hasSize(1);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedNamingWhoChangedIt() {
        LeadDetails lead = createAs("officer1", unique("并发"));
        LeadDraft first = lead.draft();
        first.setTotalInvestment(new BigDecimal("5000"));
        signIn.as("officer4", () -> leads.update(lead.id(), lead.version(), first));

        LeadDraft second = lead.draft().copy();
        second.setTotalInvestment(new BigDecimal("8000"));
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), second)))
                .isInstanceOfSatisfying(
                        LeadConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("刘洋"));
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).draft().getTotalInvestment())
                .isEqualByComparingTo("5000");
    }

    @Test
    void everyUpdateIsAuditedWithEachFieldsOldAndNewValue() {
        LeadDetails lead = createAs("officer1", unique("审计"));
        LeadDraft draft = lead.draft();
        draft.setTotalInvestment(new BigDecimal("8000"));
        draft.setQualifications(Set.of(QualificationTag.LISTED));
        signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), draft));

        AuditRow update =
                signIn.as("officer1", () -> activity.changeLog(lead.id())).get(0);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.changes())
                .containsExactlyInAnyOrder(
                        new AuditChange("qualifications", "enums:lead.qualification", null, "LISTED"),
                        new AuditChange("totalInvestment", "money", null, "8000.00"));
    }

    @Test
    void leadNumbersStayUniqueUnderConcurrentCreation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String project = unique("并发登记");
                String officer = i % 2 == 0 ? "officer1" : "officer2";
                tasks.add(() -> createAs(officer, project).leadNo());
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                numbers.add(future.get());
            }
            assertThat(numbers).hasSize(12);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCountAboveTheListFollowsEveryChangeAlthoughItIsKeptBetweenCalls() {
        LeadFilter sector = LeadFilter.NONE.withSectors(Set.of("ELECTRONIC_INFORMATION"));
        long before = signIn.as("officer2", () -> queries.totals(sector)).count();
        assertThat(signIn.as("officer2", () -> queries.totals(sector)).count()).isEqualTo(before);

        LeadDetails created = createAs("officer2", unique("计数"));
        assertThat(signIn.as("officer2", () -> queries.totals(sector)).count()).isEqualTo(before + 1);
        assertThat(signIn.as("officer1", () -> queries.totals(sector)).count())
                .as("another unit's count is its own")
                .isEqualTo(signIn.as("officer1", () -> queries.count(sector)));

        signIn.as("officer2", () -> leads.delete(created.id(), created.version()));
        assertThat(signIn.as("officer2", () -> queries.totals(sector)).count()).isEqualTo(before);
    }

    @Test
    void theListFiltersBySectorStageInvestmentAndTextAndTotalsMatch() {
        String project = unique("筛选");
        LeadDetails lead = toNegotiating("officer3", createAs("officer3", project));
        LeadFilter filter = LeadFilter.NONE
                .withSectors(Set.of("ELECTRONIC_INFORMATION"))
                .withStages(Set.of(LeadStage.NEGOTIATING))
                .withInvestment(new BigDecimal("100000"), null)
                .withText(project);

        List<LeadRow> rows = signIn.as("leader", () -> queries.findRows(filter, PageRequest.of(0, 10)));
        assertThat(rows).extracting(LeadRow::id).containsExactly(lead.id());
        assertThat(signIn.as("leader", () -> queries.totals(filter)).totalInvestment())
                .isEqualByComparingTo("120000");
        assertThat(signIn.as("leader", () -> queries.count(filter.withInvestment(new BigDecimal("200000"), null))))
                .isZero();
        assertThat(signIn.as("leader", () -> queries.count(filter.withChainLink("EI_FAB"))))
                .isEqualTo(1);
        assertThat(signIn.as(
                        "leader",
                        () -> queries.count(filter.withUnit("INVEST_3").withOwner("officer3"))))
                .isEqualTo(1);
        assertThat(signIn.as("leader", () -> queries.count(filter.withUnit("INVEST_1"))))
                .isZero();
    }

    @Test
    void sqlAndWildcardsInTheFilterAreTakenLiterallyAndUnknownSortKeysAreIgnored() {
        long all = signIn.as("leader", () -> queries.count(LeadFilter.NONE));
        assertThat(all).isPositive();
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withText("' OR 1=1 --"))))
                .isZero();
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withText("%"))))
                .isZero();
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withSectors(Set.of("x' OR '1'='1")))))
                .isZero();
        List<LeadRow> rows = signIn.as(
                "leader",
                () -> queries.findRows(
                        LeadFilter.NONE,
                        PageRequest.of(0, 5, Sort.by("id; drop table investment_lead", "totalInvestment"))));
        assertThat(rows).hasSize(5);
        assertThat(rows)
                .extracting(LeadRow::totalInvestment)
                .isSortedAccordingTo(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    }

    @Test
    void onlyAdministratorsOrTheFirstReporterOfANewLeadMayDeleteIt() {
        LeadDetails lead = createAs("officer1", unique("删除"));
        LeadDetails asColleague = signIn.as("officer4", () -> leads.load(lead.id()));
        assertThat(asColleague.permissions().canDelete()).isFalse();
        assertThatThrownBy(() -> signIn.as("officer4", () -> {
                    leads.delete(lead.id(), lead.version());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("officer1", () -> leads.delete(lead.id(), lead.version()));
        assertThatThrownBy(() -> signIn.as("admin", () -> leads.load(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
