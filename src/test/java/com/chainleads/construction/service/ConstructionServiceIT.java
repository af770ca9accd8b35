package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.domain.ConstructionAuditEntry;
import com.chainleads.construction.domain.EvidenceType;
import com.chainleads.construction.domain.MilestoneEvidence;
import com.chainleads.construction.domain.MilestoneEvidenceRepository;
import com.chainleads.construction.domain.MilestoneStatus;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.evidence.EvidenceStore;
import com.chainleads.construction.evidence.JpegExif;
import com.chainleads.construction.evidence.LocalFolderEvidenceStore;
import com.chainleads.construction.evidence.TestImages;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ConstructionServiceIT {

    @Autowired
    ConstructionService construction;

    @Autowired
    InvestmentService investment;

    @Autowired
    MilestoneKindService kinds;

    @Autowired
    LeadService leads;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    MilestoneEvidenceRepository evidenceRows;

    @Autowired
    EvidenceStore store;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Autowired
    SignedLeads signedLeads;

    private LeadDetails signedLead() {
        return signedLeads.signedBy("officer1");
    }

    private long kind(String code) {
        return signIn.as(
                "officer1",
                () -> kinds.list().stream()
                        .filter(k -> k.code().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private PlanLine line(String user, long leadId, String code) {
        long kindId = kind(code);
        return signIn.as(
                user,
                () -> construction.plan(leadId).lines().stream()
                        .filter(l -> l.kindId() == kindId)
                        .findFirst()
                        .orElseThrow());
    }

    private MilestoneSaved record(
            String user,
            long leadId,
            String code,
            @Nullable LocalDate planned,
            @Nullable LocalDate actual,
            List<NewEvidence> files) {
        PlanLine current = line(user, leadId, code);
        return signIn.as(
                user,
                () -> construction.saveMilestone(
                        leadId,
                        new MilestoneDraft(
                                current.kindId(),
                                current.milestoneId(),
                                current.version(),
                                planned,
                                actual,
                                null,
                                files)));
    }

    private List<String> keysOf(long evidenceId) {
        MilestoneEvidence row = evidenceRows.findById(evidenceId).orElseThrow();
        return Stream.of(row.getStorageKey(), row.getThumbnailKey()).toList();
    }

    private long filesInStore() throws IOException {
        Path root = ((LocalFolderEvidenceStore) store).root();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anOfficerRecordsAMilestoneWithAPhotoAndThePlanShowsItConfirmedWithTheFileWithoutItsGpsTag()
            throws IOException {
        LeadDetails lead = signedLead();
        LocalDate reached = today().minusDays(20);
        MilestoneSaved saved = record(
                "officer1",
                lead.id(),
                "LAND",
                today().minusDays(30),
                reached,
                List.of(new NewEvidence("现场.jpg", TestImages.jpegWithGps(64, 32))));

        assertThat(saved.leadMovedTo()).isNull();
        PlanLine land = saved.line();
        assertThat(land.actualOn()).isEqualTo(reached);
        assertThat(land.status()).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThat(land.confirmedByName()).isEqualTo("李明");
        assertThat(land.evidence()).singleElement().satisfies(file -> {
            assertThat(file.type()).isEqualTo(EvidenceType.JPEG);
            assertThat(file.fileName()).isEqualTo("现场.jpg");
            assertThat(file.capturedAt()).isNotNull();
        });
        long evidenceId = land.evidence().get(0).id();
        EvidenceFile served = signIn.as("officer1", () -> construction.evidenceFile(evidenceId, false));
        try (InputStream in = served.content()) {
            byte[] bytes = in.readAllBytes();
            assertThat(served.mediaType()).isEqualTo("image/jpeg");
            assertThat(JpegExif.hasExif(bytes)).isFalse();
        }
        EvidenceFile thumbnail = signIn.as("leader", () -> construction.evidenceFile(evidenceId, true));
        try (InputStream in = thumbnail.content()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
        ProgressSummary progress =
                signIn.as("officer1", () -> construction.progress(lead.id())).orElseThrow();
        assertThat(progress.latestKindId()).isEqualTo(kind("LAND"));
        assertThat(progress.latestActualOn()).isEqualTo(reached);
        assertThat(progress.evidenceCount()).isEqualTo(1);
        assertThat(progress.nextKindId()).isEqualTo(kind("REGISTRATION"));
    }

    @Test
    void anOfficerOfAnotherUnitGetsNotFoundForThePlanAndTheFileAndALeaderReadsButCannotEdit() {
        LeadDetails lead = signedLead();
        MilestoneSaved saved = record(
                "officer1",
                lead.id(),
                "PERMITS",
                null,
                today().minusDays(10),
                List.of(new NewEvidence("许可证.png", TestImages.png(20, 20))));
        long evidenceId = saved.line().evidence().get(0).id();

        assertThatThrownBy(() -> signIn.as("officer2", () -> construction.plan(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signIn.as("officer2", () -> construction.evidenceFile(evidenceId, false)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signIn.as("officer2", () -> construction.evidenceFile(evidenceId, true)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signIn.as("officer2", () -> investment.figures(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);

        ProjectPlan asLeader = signIn.as("leader", () -> construction.plan(lead.id()));
        assertThat(asLeader.canEdit()).isFalse();
        assertThat(signIn.as("leader", () -> construction.evidenceFile(evidenceId, false))
                        .mediaType())
                .isEqualTo("image/png");
        assertThatThrownBy(() -> record("leader", lead.id(), "LAND", today(), null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeadBeforeSigningHasNoPlan() {
        LeadDetails lead = signedLeads.registeredBy("officer1");
        assertThatThrownBy(() -> signIn.as("officer1", () -> construction.plan(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void reachingTheGroundbreakingMovesTheLeadToConstructionWithItsDates() {
        LeadDetails lead = signedLead();
        LocalDate planned = today().minusDays(15);
        LocalDate started = today().minusDays(5);

        MilestoneSaved saved = record("officer1", lead.id(), "GROUNDBREAKING", planned, started, List.of());

        assertThat(saved.leadMovedTo()).isEqualTo(LeadStage.CONSTRUCTION);
        LeadDetails moved = signIn.as("officer1", () -> leads.load(lead.id()));
        assertThat(moved.stage()).isEqualTo(LeadStage.CONSTRUCTION);
        assertThat(moved.draft().getActualStartOn()).isEqualTo(started);
        assertThat(moved.draft().getPlannedStartOn()).isEqualTo(planned);

        // an earlier milestone reached afterwards never moves the lead back (注册 → 注册落地 is behind 开工)
        MilestoneSaved registration =
                record("officer1", lead.id(), "REGISTRATION", null, today().minusDays(30), List.of());
        assertThat(registration.leadMovedTo()).isNull();
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).stage()).isEqualTo(LeadStage.CONSTRUCTION);
    }

    @Test
    void whenTheStageRulesRefuseTheMoveNothingIsSavedAndTheFileIsRemovedAgain() throws IOException {
        LeadDetails lead = signedLead();
        long filesBefore = filesInStore();

        // 达产 from 签约 needs the actual start and production dates the plan does not have yet
        assertThatThrownBy(() -> record(
                        "officer1",
                        lead.id(),
                        "FULL_CAPACITY",
                        null,
                        today().minusDays(1),
                        List.of(new NewEvidence("达产.jpg", TestImages.jpeg(30, 30)))))
                .isInstanceOfSatisfying(StageMoveRefused.class, refused -> {
                    assertThat(refused.target()).isEqualTo(LeadStage.FULL_CAPACITY);
                    assertThat(refused.problems())
                            .extracting(FieldProblem::field)
                            .contains("actualStartOn", "actualProductionOn");
                });

        assertThat(line("officer1", lead.id(), "FULL_CAPACITY").milestoneId()).isNull();
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).stage()).isEqualTo(LeadStage.SIGNED);
        assertThat(filesInStore()).isEqualTo(filesBefore);
    }

    @Test
    void anActualDateBeforeSigningOrOutOfOrderIsRefusedAtTheActualDate() {
        LeadDetails lead = signedLead();
        assertThatThrownBy(() -> record("officer1", lead.id(), "LAND", null, today().minusDays(61), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "actualOn", "construction.error.actualBeforeSigning")));

        record("officer1", lead.id(), "PERMITS", null, today().minusDays(10), List.of());
        assertThatThrownBy(() -> record("officer1", lead.id(), "LAND", null, today().minusDays(5), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("construction.error.afterLater"));
        assertThatThrownBy(() -> record("officer1", lead.id(), "LAND", null, today().plusDays(1), List.of()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("construction.error.actualInFuture"));
    }

    @Test
    void aSaveOverANewerVersionIsRefused() {
        LeadDetails lead = signedLead();
        PlanLine fresh = line("officer1", lead.id(), "TOPPING_OUT");
        record("officer1", lead.id(), "TOPPING_OUT", today().plusDays(30), null, List.of());

        assertThatThrownBy(() -> signIn.as(
                        "officer4",
                        () -> construction.saveMilestone(
                                lead.id(),
                                new MilestoneDraft(
                                        fresh.kindId(), null, 0, today().plusDays(40), null, null, List.of()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        PlanLine saved = line("officer1", lead.id(), "TOPPING_OUT");
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> construction.saveMilestone(
                                lead.id(),
                                new MilestoneDraft(
                                        saved.kindId(),
                                        saved.milestoneId(),
                                        saved.version() + 1,
                                        today().plusDays(50),
                                        null,
                                        null,
                                        List.of()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aMilestonePastItsPlannedDateMakesTheProjectDelayedAndTheSummaryKnowsIt() {
        LeadDetails lead = signedLead();
        record("officer1", lead.id(), "LAND", today().minusDays(45), null, List.of());
        record("officer1", lead.id(), "PERMITS", today().minusDays(3), null, List.of());

        ProjectPlan plan = signIn.as("officer1", () -> construction.plan(lead.id()));
        assertThat(plan.status()).isEqualTo(ProjectStatus.SEVERELY_DELAYED);
        assertThat(line("officer1", lead.id(), "PERMITS").status()).isEqualTo(MilestoneStatus.DELAYED);
        ProgressSummary progress =
                signIn.as("leader", () -> construction.progress(lead.id())).orElseThrow();
        assertThat(progress.statusToday()).isEqualTo(ProjectStatus.SEVERELY_DELAYED);
        assertThat(progress.nextKindId()).isEqualTo(kind("REGISTRATION"));
    }

    @Test
    void removingEvidenceOrClearingAMilestoneDeletesItsFilesAfterTheCommit() {
        LeadDetails lead = signedLead();
        MilestoneSaved saved = record(
                "officer1",
                lead.id(),
                "EQUIPMENT",
                null,
                today().minusDays(2),
                List.of(
                        new NewEvidence("设备1.jpg", TestImages.jpeg(40, 40)),
                        new NewEvidence("验收.pdf", "%PDF-1.4\n%%EOF".getBytes())));
        EvidenceRow photo = saved.line().evidence().get(0);
        EvidenceRow pdf = saved.line().evidence().get(1);
        List<String> photoKeys = keysOf(photo.id());
        String pdfKey = keysOf(pdf.id()).get(0);
        assertThat(photoKeys).allMatch(store::exists);
        assertThat(store.exists(pdfKey)).isTrue();

        signIn.as("officer1", () -> construction.deleteEvidence(photo.id(), photo.version()));
        assertThat(photoKeys).noneMatch(store::exists);
        assertThat(store.exists(pdfKey)).isTrue();

        PlanLine equipment = line("officer1", lead.id(), "EQUIPMENT");
        signIn.as(
                "officer1",
                () -> construction.deleteMilestone(lead.id(), equipment.milestoneId(), equipment.version()));
        assertThat(store.exists(pdfKey)).isFalse();
        assertThat(line("officer1", lead.id(), "EQUIPMENT").milestoneId()).isNull();
    }

    @Test
    void deletingASignedLeadDeletesItsEvidenceFilesOnceTheDeleteCommits() {
        LeadDetails lead = signedLead();
        MilestoneSaved saved = record(
                "officer1",
                lead.id(),
                "LAND",
                null,
                today().minusDays(3),
                List.of(new NewEvidence("土地合同.pdf", "%PDF-1.4\n%%EOF".getBytes())));
        List<String> keys = keysOf(saved.line().evidence().get(0).id());
        assertThat(keys.get(0)).satisfies(key -> assertThat(store.exists(key)).isTrue());

        signIn.as("admin", () -> leads.delete(lead.id(), leads.load(lead.id()).version()));

        assertThat(evidenceRows.findOfLead(lead.id())).isEmpty();
        assertThat(keys).noneMatch(key -> key != null && store.exists(key));
    }

    @Test
    void monthlyInvestmentGivesTheCumulativeFiguresAndTheShareOfTheTotalInvestment() {
        LeadDetails lead = signedLead();
        YearMonth signing = YearMonth.from(today().minusDays(60));
        signIn.as(
                "officer1",
                () -> investment.save(
                        lead.id(),
                        new InvestmentDraft(null, 0, signing, new BigDecimal("3000"), new BigDecimal("2500"))));
        InvestmentFigures figures = signIn.as(
                "officer1",
                () -> investment.save(
                        lead.id(),
                        new InvestmentDraft(
                                null, 0, signing.plusMonths(1), new BigDecimal("3000"), new BigDecimal("2500"))));

        assertThat(figures.completedTotal()).isEqualByComparingTo("5000");
        assertThat(figures.plannedTotal()).isEqualByComparingTo("6000");
        assertThat(figures.investmentBasis()).isEqualByComparingTo("20000");
        assertThat(figures.shareCompleted()).isEqualByComparingTo("0.25");
        assertThat(figures.months())
                .extracting(InvestmentRow::cumulativeCompleted)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2500"), new BigDecimal("5000"));
        assertThat(signIn.as("officer1", () -> construction.progress(lead.id()))
                        .orElseThrow()
                        .completedTotal())
                .isEqualByComparingTo("5000");

        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> investment.save(lead.id(), new InvestmentDraft(null, 0, signing, BigDecimal.ONE, null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("construction.error.monthTaken"));
        InvestmentRow first = figures.months().get(0);
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> investment.save(
                                lead.id(),
                                new InvestmentDraft(first.id(), first.version() + 1, signing, BigDecimal.TEN, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void milestoneEvidenceAndInvestmentChangesAreInTheChangeLog() {
        LeadDetails lead = signedLead();
        LocalDate planned = today().plusDays(20);
        record(
                "officer1",
                lead.id(),
                "TOPPING_OUT",
                planned,
                null,
                List.of(new NewEvidence("封顶.png", TestImages.png(10, 10))));
        YearMonth month = YearMonth.from(today());
        signIn.as(
                "officer1",
                () -> investment.save(lead.id(), new InvestmentDraft(null, 0, month, null, new BigDecimal("120.50"))));

        List<ConstructionChangeRow> log = signIn.as("leader", () -> construction.changeLog(lead.id()));
        assertThat(log)
                .extracting(ConstructionChangeRow::item, ConstructionChangeRow::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("TOPPING_OUT.plannedOn", planned.toString()),
                        org.assertj.core.groups.Tuple.tuple("TOPPING_OUT.evidence", "封顶.png"),
                        org.assertj.core.groups.Tuple.tuple(month + ".completed", "120.5"));
        assertThat(log).allMatch(row -> row.actorName().equals("李明"));
        assertThat(log)
                .extracting(ConstructionChangeRow::subject)
                .contains(
                        ConstructionAuditEntry.Subject.MILESTONE,
                        ConstructionAuditEntry.Subject.EVIDENCE,
                        ConstructionAuditEntry.Subject.INVESTMENT);
    }
}
