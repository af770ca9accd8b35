package com.chainleads.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.enterprise.service.LibraryRow;
import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EnterpriseViewTest extends KaribuTest {

    @Autowired
    EnterpriseLibraryRepository enterprises;

    @Autowired
    com.chainleads.enterprise.summary.LadderStandings standings;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    com.chainleads.chain.summary.LinkTierCounts mapCounts;

    @Autowired
    EnterpriseLibraryService library;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreated() {
        com.chainleads.enterprise.service.LibraryTestData.remove(
                created, enterprises, standings, mapCounts, transactions);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String uniqueCode() {
        return CreditCode.complete("91429997"
                        + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
    }

    /** Fills the profile of a new enterprise and saves it; returns the view it lands on. */
    private EnterpriseView addEnterprise(String name) {
        UI.getCurrent().navigate("enterprises/new");
        EnterpriseView view = _get(EnterpriseView.class);
        ProfileForm form = view.profile;
        form.name.setValue(name);
        form.creditCode.setValue(uniqueCode());
        form.sector.setValue(form.sector
                .getListDataView()
                .getItems()
                .filter(s -> s.code().equals("NEW_MATERIALS"))
                .findFirst()
                .orElseThrow());
        form.links.setValue(java.util.Set.of(form.links
                .getListDataView()
                .getItems()
                .filter(l -> l.code().equals("NM_COMPOSITE"))
                .findFirst()
                .orElseThrow()));
        form.aboveScale.setValue(true);
        form.annualOutput.setValue(new BigDecimal("23000"));
        form.officer.setValue(form.officer
                .getListDataView()
                .getItems()
                .filter(o -> o.username().equals("officer2"))
                .findFirst()
                .orElseThrow());
        form.save.click();
        EnterpriseView saved = _get(EnterpriseView.class);
        created.add(Long.parseLong(location().substring("enterprises/".length())));
        return saved;
    }

    @Test
    void theTechOfficeAddsAnEnterpriseThenItsTierPlatformAndFigures() {
        loginAs("tech1");
        EnterpriseView view = addEnterprise("测试复材科技有限公司");

        assertThat(location()).matches("enterprises/\\d+");
        assertThat(view.title.getText()).isEqualTo("测试复材科技有限公司");
        assertThat(view.profile.officer.getValue().displayName())
                .as("the 服务专员 chosen is kept")
                .isEqualTo("张丽");

        view.tabs.setSelectedIndex(1);
        view.tierForm.tier.setValue(CultivationTier.HIGH_TECH);
        view.tierForm.grantedOn.setValue(LocalDate.of(2025, 12, 10));
        view.tierForm.add.click();
        assertThat(GridKt._size(view.tiers)).isEqualTo(1);
        assertThat(GridKt._get(view.tiers, 0).validUntil()).isEqualTo("2028-12-09");
        assertThat(view.badges.getChildren().map(c -> ((com.vaadin.flow.component.html.Span) c).getText()))
                .contains("高新技术企业", "规上工业企业");

        view.tabs.setSelectedIndex(3);
        view.indicatorsForm.year.setValue(2025);
        view.indicatorsForm.revenueWan.setValue(new BigDecimal("21000"));
        view.indicatorsForm.rdExpenseWan.setValue(new BigDecimal("1050"));
        view.indicatorsForm.save.click();
        assertThat(GridKt._size(view.indicators)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.indicators, 0, "rdShare")).isEqualTo("5.0%");

        view.tabs.setSelectedIndex(4);
        assertThat(GridKt._size(view.history)).isGreaterThanOrEqualTo(4);
        assertThat(GridKt._getFormatted(view.history, 0, "field")).isEqualTo("2025年 研发投入");
        assertThat(GridKt._getFormatted(view.history, 2, "new")).startsWith("高新技术企业 2025-12-10～2028-12-09");
    }

    @Test
    void badInputIsShownAtItsField() {
        loginAs("admin");
        EnterpriseView view = addEnterprise("测试复材二科技有限公司");
        String takenCode = view.profile.creditCode.getValue();

        view.tabs.setSelectedIndex(1);
        view.tierForm.tier.setValue(CultivationTier.TECH_SME);
        view.tierForm.add.click();
        assertThat(view.tierForm.grantedOn.isInvalid()).isTrue();
        assertThat(view.tierForm.grantedOn.getErrorMessage()).isEqualTo("请填写认定/入库日期：梯度按日期统计");
        assertThat(GridKt._size(view.tiers)).isZero();

        view.tabs.setSelectedIndex(3);
        view.indicatorsForm.year.setValue(2025);
        view.indicatorsForm.staff.setValue(-3);
        view.indicatorsForm.save.click();
        assertThat(view.indicatorsForm.staff.isInvalid()).isTrue();
        assertThat(view.indicatorsForm.staff.getErrorMessage()).isEqualTo("不能为负数");

        UI.getCurrent().navigate("enterprises/new");
        EnterpriseView another = _get(EnterpriseView.class);
        another.profile.name.setValue("另一家");
        another.profile.creditCode.setValue(takenCode);
        another.profile.sector.setValue(
                another.profile.sector.getListDataView().getItems().findFirst().orElseThrow());
        another.profile.links.setValue(java.util.Set.of(
                another.profile.links.getListDataView().getItems().findFirst().orElseThrow()));
        another.profile.save.click();
        assertThat(location()).isEqualTo("enterprises/new");
        assertThat(another.profile.creditCode.isInvalid()).isTrue();
        assertThat(another.profile.creditCode.getErrorMessage())
                .contains(takenCode)
                .contains("已在企业库中");
    }

    @Test
    void aLeaderReadsAnEnterpriseWithoutTheEditingForms() {
        loginAs("leader");
        LibraryRow highTech = library.list(
                        LibraryFilter.all().withTier(CultivationTier.HIGH_TECH),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .get(0);
        UI.getCurrent().navigate("enterprises/" + highTech.id());
        EnterpriseView view = _get(EnterpriseView.class);

        assertThat(view.title.getText()).isEqualTo(highTech.name());
        assertThat(view.profile.save.isVisible()).isFalse();
        assertThat(view.profile.name.isReadOnly()).isTrue();
        assertThat(view.tierForm.isVisible()).isFalse();
        assertThat(view.indicatorsForm.isVisible()).isFalse();
        view.tabs.setSelectedIndex(1);
        assertThat(GridKt._size(view.tiers)).isPositive();
        assertThat(view.badges.getChildren().map(c -> ((com.vaadin.flow.component.html.Span) c).getText()))
                .contains("高新技术企业");
    }

    @Test
    void theTechOfficeRemovesAFirmAfterConfirmingAndLandsOnTheLibrary() {
        loginAs("tech1");
        EnterpriseView view = addEnterprise("测试待移出科技有限公司");
        long id = created.get(created.size() - 1);

        assertThat(view.deleteEnterprise.isVisible()).isTrue();
        view.deleteEnterprise.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        assertThat(library.find(id)).isEmpty();
        assertThat(location()).startsWith("enterprises");
        _get(EnterpriseLibraryView.class);
        assertThat(library.history(id))
                .as("the change log keeps the removal")
                .anySatisfy(line -> assertThat(line.action())
                        .isEqualTo(com.chainleads.enterprise.domain.EnterpriseAuditEntry.Action.DELETE));
    }

    @Test
    void officersCannotOpenTheNewEnterpriseForm() {
        loginAs("officer1");
        UI.getCurrent().navigate("enterprises/new");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(EnterpriseView.class))
                .isEmpty();
    }

    /** What a colleague saves meanwhile: the stored profile with one change. */
    private void colleagueSaves(
            long id, java.util.function.UnaryOperator<com.chainleads.enterprise.service.ProfileCommand> change) {
        com.chainleads.enterprise.service.EnterpriseDetail stored =
                library.find(id).orElseThrow();
        library.update(id, stored.version(), change.apply(stored.profile()));
    }

    @Test
    void aProfileSavedByAColleagueMeanwhileIsMergedWithWhatTheUserTypedNotOverwritten() {
        loginAs("tech1");
        EnterpriseView view = addEnterprise("测试合并材料有限公司");
        long id = created.get(created.size() - 1);
        colleagueSaves(
                id,
                p -> new com.chainleads.enterprise.service.ProfileCommand(
                        p.name(),
                        p.creditCode(),
                        p.sectorId(),
                        p.linkIds(),
                        p.aboveScale(),
                        p.annualOutputWan(),
                        321,
                        p.officerId()));

        view.profile.annualOutput.setValue(new BigDecimal("45000"));
        view.profile.save.click();

        com.chainleads.base.ui.MergeDialog<?> dialog = _get(com.chainleads.base.ui.MergeDialog.class);
        assertThat(dialog.merge().changedByThem()).containsExactly("jobs");
        assertThat(dialog.merge().changedByMe()).containsExactly("annualOutputWan");
        assertThat(dialog.merge().conflicts()).isEmpty();
        dialog.saveButton().click();

        com.chainleads.enterprise.service.ProfileCommand stored =
                library.find(id).orElseThrow().profile();
        assertThat(stored.jobs()).as("the colleague's change is kept").isEqualTo(321);
        assertThat(stored.annualOutputWan()).as("the user's change is saved").isEqualByComparingTo("45000");
        assertThat(view.profile.jobs.getValue()).isEqualTo(321);
    }

    @Test
    void aNameBothChangedAsksWhichToKeepAndTheUsersTypedNameSurvivesTheChoice() {
        loginAs("tech1");
        EnterpriseView view = addEnterprise("测试冲突材料有限公司");
        long id = created.get(created.size() - 1);
        colleagueSaves(
                id,
                p -> new com.chainleads.enterprise.service.ProfileCommand(
                        "测试冲突材料股份有限公司",
                        p.creditCode(),
                        p.sectorId(),
                        p.linkIds(),
                        p.aboveScale(),
                        p.annualOutputWan(),
                        p.jobs(),
                        p.officerId()));

        view.profile.name.setValue("测试冲突新材料有限公司");
        view.profile.save.click();

        com.chainleads.base.ui.MergeDialog<?> dialog = _get(com.chainleads.base.ui.MergeDialog.class);
        assertThat(dialog.merge().conflicts()).containsExactly("name");
        dialog.choice("name").setValue(com.chainleads.base.ThreeWayMerge.Side.MINE);
        dialog.saveButton().click();

        assertThat(library.find(id).orElseThrow().profile().name()).isEqualTo("测试冲突新材料有限公司");
        assertThat(view.title.getText()).isEqualTo("测试冲突新材料有限公司");
    }

    @Test
    void addingATierKeepsWhatTheUserTypedIntoTheProfileAndItIsSavedAfterwards() {
        loginAs("tech1");
        EnterpriseView view = addEnterprise("测试保留输入有限公司");
        long id = created.get(created.size() - 1);

        view.profile.jobs.setValue(88);
        view.tabs.setSelectedIndex(1);
        view.tierForm.tier.setValue(CultivationTier.TECH_SME);
        view.tierForm.grantedOn.setValue(LocalDate.of(2026, 3, 1));
        view.tierForm.add.click();
        assertThat(GridKt._size(view.tiers)).isEqualTo(1);
        assertThat(view.profile.jobs.getValue())
                .as("the typed value is still in the form")
                .isEqualTo(88);

        view.tabs.setSelectedIndex(0);
        view.profile.save.click();
        assertThat(library.find(id).orElseThrow().profile().jobs()).isEqualTo(88);
    }
}
