package com.chainleads.construction.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.evidence.TestImages;
import com.chainleads.construction.service.NewEvidence;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectPanelTest extends KaribuTest {

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    Clock clock;

    private ProjectPanel openConstructionTab(LeadDetails lead) {
        navigate("leads/" + lead.id());
        TabSheet tabs = _get(TabSheet.class);
        Tab tab = IntStream.range(0, tabs.getTabCount())
                .mapToObj(tabs::getTabAt)
                .filter(t -> t.getLabel().equals("项目建设"))
                .findFirst()
                .orElseThrow();
        tabs.setSelectedTab(tab);
        return _get(ProjectPanel.class);
    }

    private static Div card(ProjectPanel panel, String name) {
        return panel.milestones
                .getChildren()
                .map(Div.class::cast)
                .filter(card -> card.getElement().getTextRecursively().startsWith(name)
                        || card.getElement().getTextRecursively().contains(name))
                .findFirst()
                .orElseThrow();
    }

    private static Button editButton(Div card) {
        return card.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSignedLeadsPageHasTheConstructionTabWithACardPerMilestoneInThePlansOrder() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");

        ProjectPanel panel = openConstructionTab(lead);

        List<String> names =
                panel.plan().lines().stream().map(l -> l.kind().nameZh()).toList();
        assertThat(names).containsSubsequence("注册", "供地/拿地", "规划/施工许可", "开工", "主体封顶", "设备进场", "投产", "达产");
        assertThat(panel.milestones.getChildren().count()).isEqualTo(names.size());
        assertThat(panel.status.getElement().getAttribute("data-status")).isEqualTo("NO_PLAN");
        assertThat(panel.addMonth.isVisible()).isTrue();
    }

    @Test
    void anOfficerRecordsAnActualDateWithAPhotoAndTheCardShowsItsThumbnail() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");
        ProjectPanel panel = openConstructionTab(lead);

        editButton(card(panel, "供地/拿地")).click();
        MilestoneForm form = _get(MilestoneForm.class);
        LocalDate reached = LocalDate.now(clock).minusDays(10);
        _setValue(form.plannedOn, reached.minusDays(5));
        _setValue(form.actualOn, reached);
        form.addPendingFile(new NewEvidence("现场照片.jpg", TestImages.jpegWithGps(60, 30)));
        form.save.click();

        assertThat(_find(MilestoneForm.class)).isEmpty();
        Div land = card(panel, "供地/拿地");
        assertThat(land.getElement().getAttribute("data-status")).isEqualTo("DONE_LATE");
        assertThat(land.getElement().getTextRecursively()).contains("李明");
        List<Image> thumbnails = _find(land, Image.class);
        assertThat(thumbnails).singleElement().satisfies(image -> {
            assertThat(image.getSrc()).matches(".*/construction/evidence/\\d+/thumbnail");
            assertThat(image.hasClassName("cl-evidence-thumb")).isTrue();
        });
    }

    @Test
    void aRefusedActualDateShowsItsMessageAtTheFieldAndKeepsWhatWasTyped() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");
        ProjectPanel panel = openConstructionTab(lead);

        editButton(card(panel, "主体封顶")).click();
        MilestoneForm form = _get(MilestoneForm.class);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        _setValue(form.actualOn, tomorrow);
        _setValue(form.note, "封顶仪式");
        form.save.click();

        assertThat(form.actualOn.isInvalid()).isTrue();
        assertThat(form.actualOn.getErrorMessage()).isEqualTo("实际日期不能晚于今天");
        assertThat(form.actualOn.getValue()).isEqualTo(tomorrow);
        assertThat(form.note.getValue()).isEqualTo("封顶仪式");
        assertThat(_find(MilestoneForm.class)).hasSize(1);
    }

    @Test
    void aFileThatIsNoPhotoIsRefusedAtTheEvidenceWithTheDatesKept() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");
        ProjectPanel panel = openConstructionTab(lead);

        editButton(card(panel, "设备进场")).click();
        MilestoneForm form = _get(MilestoneForm.class);
        LocalDate planned = LocalDate.now(clock).plusDays(30);
        _setValue(form.plannedOn, planned);
        form.addPendingFile(new NewEvidence("照片.jpg", "MZ not a photo".getBytes()));
        form.save.click();

        assertThat(form.evidenceMessage.isVisible()).isTrue();
        assertThat(form.evidenceMessage.getText()).contains("只接受照片");
        assertThat(form.plannedOn.getValue()).isEqualTo(planned);
        assertThat(form.pendingFiles()).hasSize(1);
    }

    @Test
    void monthlyInvestmentEnteredInTheFormShowsInTheGridTheShareAndTheCurve() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");
        ProjectPanel panel = openConstructionTab(lead);
        String month = java.time.YearMonth.now(clock).minusMonths(1).toString();

        panel.addMonth.click();
        InvestmentForm form = _get(InvestmentForm.class);
        _setValue(form.month, "2026-13");
        form.save.click();
        assertThat(form.month.isInvalid()).isTrue();
        assertThat(form.month.getErrorMessage()).contains("2026-05");

        _setValue(form.month, month);
        _setValue(form.planned, new java.math.BigDecimal("6000"));
        _setValue(form.completed, new java.math.BigDecimal("5000"));
        form.save.click();

        assertThat(_find(InvestmentForm.class)).isEmpty();
        assertThat(_size(panel.months)).isEqualTo(1);
        assertThat(panel.investmentSummary.getElement().getTextRecursively()).contains("25%");
        assertThat(panel.curve.isVisible()).isTrue();
        assertThat(panel.curve.getOption().orElseThrow().toJson()).contains(month);
    }

    @Test
    void whenTheLeadCannotMoveToTheMilestonesStageTheFormSaysWhatTheLeadLacks() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("officer1");
        ProjectPanel panel = openConstructionTab(lead);

        editButton(card(panel, "达产")).click();
        MilestoneForm form = _get(MilestoneForm.class);
        _setValue(form.actualOn, LocalDate.now(clock));
        form.save.click();

        assertThat(form.actualOn.isInvalid()).isTrue();
        assertThat(form.actualOn.getErrorMessage())
                .contains("达产")
                .contains("实际开工")
                .contains("实际投产")
                .contains("未保存");
        assertThat(panel.plan().lines().stream()
                        .filter(line -> line.kind().nameZh().equals("达产"))
                        .findFirst()
                        .orElseThrow()
                        .milestoneId())
                .isNull();
    }

    @Test
    void aLeaderReadsThePlanWithoutEditActions() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        loginAs("leader");

        ProjectPanel panel = openConstructionTab(lead);

        assertThat(panel.plan().canEdit()).isFalse();
        assertThat(_find(panel.milestones, Button.class)).isEmpty();
        assertThat(panel.addMonth.isVisible()).isFalse();
    }

    @Test
    void aLeadBeforeSigningHasNoConstructionTab() {
        LeadDetails lead = signedLeads.registeredBy("officer1");
        loginAs("officer1");
        navigate("leads/" + lead.id());
        TabSheet tabs = _get(TabSheet.class);

        assertThat(IntStream.range(0, tabs.getTabCount())
                        .mapToObj(i -> tabs.getTabAt(i).getLabel()))
                .doesNotContain("项目建设");
    }
}
