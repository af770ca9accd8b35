package com.chainleads.enterprise.cultivation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.chainleads.enterprise.cultivation.service.RankedRow;
import com.chainleads.enterprise.ui.EnterpriseView;
import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 培育清单, the points ranking with its reward policies, the firm's 培育与积分 tab and the settings. */
class CultivationViewsTest extends KaribuTest {

    @Autowired
    CultivationService cultivation;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void theCandidatesOfASectorAndTierAreListedClosestFirstAndARowOpensTheFirmsCriteria() {
        loginAs("leader");
        UI.getCurrent().navigate("ladder/candidates", QueryParameters.of("sector", "BIOMEDICINE"));
        CandidatesView view = _get(CandidatesView.class);
        int all = GridKt._size(view.grid);
        view.tier.setValue(CultivationTier.HIGH_TECH);

        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(java.util.Map.of("sector", List.of("BIOMEDICINE"), "tier", List.of("HIGH_TECH")));
        view = _get(CandidatesView.class);
        int size = GridKt._size(view.grid);
        assertThat(size).isPositive().isLessThan(all);
        List<StandingRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        assertThat(rows).allMatch(r -> r.nextTier() == CultivationTier.HIGH_TECH);
        assertThat(rows)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(StandingRow::criteriaMissing)
                        .thenComparing(StandingRow::gap));
        assertThat(view.summary.getText()).contains(String.valueOf(size));

        StandingRow first = rows.get(0);
        GridKt._clickItem(view.grid, 0);
        assertThat(location()).isEqualTo("enterprises/" + first.enterpriseId() + "?tab=cultivation");
        _get(EnterpriseView.class);
        assertThat(_get(com.vaadin.flow.component.tabs.TabSheet.class).getSelectedIndex())
                .isEqualTo(5);
        assertThat(_get(CultivationSection.class).criteriaTexts())
                .hasSize(first.criteriaMet() + first.criteriaMissing());
    }

    @Test
    void aFirmMissingACriterionSaysByHowMuch() {
        loginAs("officer1");
        StandingRow missing = cultivation
                .candidates(null, CultivationTier.HIGH_TECH, org.springframework.data.domain.PageRequest.of(0, 2000))
                .stream()
                .filter(r -> r.criteriaMissing() > 0)
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("enterprises/" + missing.enterpriseId(), QueryParameters.of("tab", "cultivation"));
        _get(EnterpriseView.class);
        CultivationSection firm = _get(CultivationSection.class);

        List<String> texts = firm.criteriaTexts();
        assertThat(texts).filteredOn(t -> t.contains("差")).hasSize(missing.criteriaMissing());
        assertThat(texts).filteredOn(t -> t.contains("已达标")).hasSize(missing.criteriaMet());
        assertThat(firm.nextTier.getText()).contains("高新技术企业");
        assertThat(firm.points.getText()).contains("全区第");
        assertThat(GridKt._size(firm.breakdown))
                .isEqualTo(cultivation.indicators().size());
    }

    @Test
    void anUnknownTierInTheAddressIsDroppedWithANotice() {
        loginAs("leader");
        UI.getCurrent().navigate("ladder/candidates", QueryParameters.of("tier", "NOPE"));

        assertThat(location()).isEqualTo("ladder/candidates");
    }

    @Test
    void theRankingPutsTheMostPointsFirstAndAPolicyListsItsFirms() {
        loginAs("leader");
        UI.getCurrent().navigate("points");
        PointsView view = _get(PointsView.class);

        RankedRow first = GridKt._get(view.ranking, 0);
        RankedRow second = GridKt._get(view.ranking, 1);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.row().points()).isGreaterThanOrEqualTo(second.row().points());
        assertThat(GridKt._size(view.ranking)).isEqualTo((int) cultivation.countRanked(null));
        assertThat(_find(view, Button.class, spec -> spec.withText("积分模型与政策设置")))
                .isEmpty();

        long policyId = cultivation.policies().get(0).id();
        assertThat(view.policy.getValue().id()).isEqualTo(policyId);
        assertThat(GridKt._size(view.qualifying)).isEqualTo((int) cultivation.countQualifying(policyId));
        assertThat(view.policyText.getText()).contains("积分前 50 名").contains("研发投入 ≥ 500 万元");

        view.sector.setValue(view.sector
                .getListDataView()
                .getItems()
                .filter(s -> s.code().equals("BIOMEDICINE"))
                .findFirst()
                .orElseThrow());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(java.util.Map.of(
                        "sector", List.of("BIOMEDICINE"), "policy", List.of(String.valueOf(policyId))));
    }

    @Test
    void theTechOfficeSeesABadBandAtItsFieldAndNothingIsSaved() {
        loginAs("tech1");
        UI.getCurrent().navigate("points");
        assertThat(_find(_get(PointsView.class), Button.class, spec -> spec.withText("积分模型与政策设置")))
                .hasSize(1);
        UI.getCurrent().navigate(CultivationSettingsView.class);
        CultivationSettingsView view = _get(CultivationSettingsView.class);
        var rdShare = GridKt._get(view.indicators, 1);
        view.indicators.asSingleSelect().setValue(rdShare);
        view.indicatorForm.bands.setValue("3-30");
        view.indicatorForm.save.click();

        assertThat(view.indicatorForm.bands.isInvalid()).isTrue();
        assertThat(view.indicatorForm.bands.getErrorMessage()).contains("门槛:得分");
        assertThat(view.indicatorForm.bands.getValue()).isEqualTo("3-30");
        assertThat(cultivation.indicators().get(1).bands()).isEqualTo(rdShare.bands());
    }

    @Test
    void aPolicySavedByAColleagueMeanwhileIsNotOverwrittenAndWhatTheUserTypedStaysInTheForm() {
        loginAs("tech1");
        PolicyLine policy = cultivation.savePolicy(new PolicyLine(null, 0, "并发测试政策", "奖励 10 万元", 5, null, null, null));
        try {
            UI.getCurrent().navigate(CultivationSettingsView.class);
            CultivationSettingsView view = _get(CultivationSettingsView.class);
            PolicyLine shown = GridKt._fetch(view.policies, 0, GridKt._size(view.policies)).stream()
                    .filter(p -> java.util.Objects.equals(p.id(), policy.id()))
                    .findFirst()
                    .orElseThrow();
            view.policies.asSingleSelect().setValue(shown);
            cultivation.savePolicy(new PolicyLine(
                    policy.id(), policy.version(), "并发测试政策", "奖励 20 万元", 5, null, null, null)); // a colleague

            view.policyForm.award.setValue("奖励 30 万元");
            view.policyForm.save.click();

            assertThat(find(policy.id()).award())
                    .as("the colleague's save stands")
                    .isEqualTo("奖励 20 万元");
            assertThat(view.policyForm.award.getValue())
                    .as("the typed award is kept")
                    .isEqualTo("奖励 30 万元");
            view.policyForm.save.click(); // saving again, knowingly, replaces it
            assertThat(find(policy.id()).award()).isEqualTo("奖励 30 万元");
        } finally {
            PolicyLine last = find(policy.id());
            cultivation.deletePolicy(last.id(), last.version());
        }
    }

    private PolicyLine find(@org.jspecify.annotations.Nullable Long id) {
        return cultivation.policies().stream()
                .filter(p -> java.util.Objects.equals(p.id(), id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPolicyWithoutANameIsRefusedAtTheFieldBeforeAnythingIsSent() {
        loginAs("tech1");
        UI.getCurrent().navigate(CultivationSettingsView.class);
        CultivationSettingsView view = _get(CultivationSettingsView.class);
        int before = cultivation.policies().size();
        view.policyForm.award.setValue("奖励");
        view.policyForm.topN.setValue(0);
        view.policyForm.save.click();

        assertThat(view.policyForm.name.isInvalid()).isTrue();
        assertThat(view.policyForm.topN.isInvalid()).isTrue();
        assertThat(view.policyForm.topN.getErrorMessage()).isEqualTo("名次须为正整数");
        assertThat(cultivation.policies()).hasSize(before);
    }
}
