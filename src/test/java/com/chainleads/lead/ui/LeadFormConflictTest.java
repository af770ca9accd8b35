package com.chainleads.lead.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.Formats;
import com.chainleads.claim.PracticeTestData;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lead form with the rules of practice installed: an officer entering an investor that another unit reported
 * first sees the masked hint as soon as the field is left, and may register the lead only as a 撞单 claim.
 */
class LeadFormConflictTest extends KaribuTest {

    @Autowired
    PracticeTestData data;

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    private String brand;
    private LeadDetails first;

    private LeadView officer2EntersTheInvestorOfficer1Reported() {
        return officer2EntersTheInvestorOfficer1Reported(Locale.SIMPLIFIED_CHINESE);
    }

    private LeadView officer2EntersTheInvestorOfficer1Reported(Locale locale) {
        brand = data.uniqueBrand();
        first = data.register("officer1", "合肥" + brand + "半导体科技有限公司");
        loginAs("officer2");
        UI.getCurrent().setLocale(locale);
        navigate("leads/new");
        LeadView view = _get(LeadView.class);
        _setValue(view.form.investorName, brand + "半导体科技（合肥）有限公司");
        return view;
    }

    private List<String> hintLines(LeadView view) {
        return _find(view.form.conflictHints, Span.class).stream()
                .map(Span::getText)
                .toList();
    }

    private void fillTheRest(LeadView view) {
        _setValue(view.form.projectName, "存储芯片封测项目");
        _setValue(
                view.form.sector,
                view.form.sector.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(view.form.channel, LeadChannel.EXPO);
    }

    @Test
    void theOfficerSeesWhichUnitReportedTheInvestorWhenAndAtWhichStageAndNothingMore() {
        LeadView view = officer2EntersTheInvestorOfficer1Reported();

        assertThat(view.form.conflictBox.isVisible()).isTrue();
        List<String> lines = hintLines(view);
        assertThat(lines.get(0)).isEqualTo("该企业已由 招商一科 于 " + Formats.date(data.today()) + " 首报（阶段：线索登记）");
        String shown = String.join("\n", lines);
        assertThat(shown)
                .doesNotContain(
                        first.leadNo(),
                        first.draft().getProjectName(),
                        first.draft().getInvestorName(),
                        first.ownerName(),
                        brand);
        assertThat(view.form.fileClaim.isVisible()).isTrue();
        assertThat(view.form.claimReason.isVisible())
                .as("until the claim is chosen")
                .isFalse();
    }

    @Test
    void theHintReadsInTheOfficersLanguage() {
        LeadView view = officer2EntersTheInvestorOfficer1Reported(Locale.ENGLISH);

        assertThat(hintLines(view).get(0))
                .isEqualTo("This enterprise was first reported by Investment Division 1 on "
                        + Formats.date(data.today()) + " (stage: Registered)");
    }

    @Test
    void aCreditCodeAloneShowsTheHintBeforeTheInvestorsNameIsTyped() {
        String code = data.uniqueCreditCode();
        data.register("officer1", "合肥" + data.uniqueBrand() + "半导体科技有限公司", code, null);
        loginAs("officer2");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);

        _setValue(view.form.creditCode, code.toLowerCase(Locale.ROOT));

        assertThat(view.form.investorName.getValue()).isEmpty();
        assertThat(view.form.conflictBox.isVisible()).isTrue();
        assertThat(hintLines(view).get(0)).startsWith("该企业已由 招商一科 于 ");
        assertThat(view.form.fileClaim.isVisible()).isTrue();
    }

    @Test
    void anInvestorNobodyReportedShowsNoHint() {
        loginAs("officer2");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);

        _setValue(view.form.investorName, data.uniqueBrand() + "半导体科技有限公司");

        assertThat(view.form.conflictBox.isVisible()).isFalse();
    }

    @Test
    void savingWithoutAClaimIsRefusedAtTheReasonAndCreatesNothing() {
        LeadView view = officer2EntersTheInvestorOfficer1Reported();
        fillTheRest(view);
        long before = signIn.as("officer2", () -> queries.count(LeadFilter.NONE));

        view.save.click();

        assertThat(view.form.fileClaim.getValue()).as("the claim is offered").isTrue();
        assertThat(view.form.claimReason.isInvalid()).isTrue();
        assertThat(view.form.claimReason.getErrorMessage()).isEqualTo("该企业已由其他科室首报：如仍要登记，请登记为撞单申报并填写理由");
        assertThat(signIn.as("officer2", () -> queries.count(LeadFilter.NONE))).isEqualTo(before);
    }

    @Test
    void aClaimWithItsReasonRegistersTheLeadAndItsPageShowsTheWaitingClaim() {
        LeadView view = officer2EntersTheInvestorOfficer1Reported();
        fillTheRest(view);

        _setValue(view.form.fileClaim, true);
        view.save.click();
        assertThat(view.form.claimReason.isInvalid())
                .as("a claim needs its reason")
                .isTrue();
        _setValue(view.form.claimReason, "企业董事长在中博会上与我科室直接洽谈");
        view.save.click();

        LeadView created = _get(LeadView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("leads/\\d+");
        Tab claimTab = _find(created.tabs, Tab.class).stream()
                .filter(t -> t.getLabel().startsWith("撞单"))
                .findFirst()
                .orElseThrow();
        assertThat(claimTab.getLabel()).isEqualTo("撞单（待裁定）");
        assertThat(claimTab.hasClassName("cl-tab-attention")).isTrue();
    }

    @Test
    void theFirstReportersOwnPageShowsTheLaterRegistrationWithoutAClaim() {
        LeadView view = officer2EntersTheInvestorOfficer1Reported();
        fillTheRest(view);
        _setValue(view.form.fileClaim, true);
        _setValue(view.form.claimReason, "企业董事长在中博会上与我科室直接洽谈");
        view.save.click();

        loginAs("officer1");
        navigate("leads/" + first.id());
        LeadView firstPage = _get(LeadView.class);

        assertThat(hintLines(firstPage)).containsExactly("招商二科 于 " + Formats.date(data.today()) + " 也登记了该企业（阶段：线索登记）");
        assertThat(firstPage.form.fileClaim.isVisible()).isFalse();
    }
}
