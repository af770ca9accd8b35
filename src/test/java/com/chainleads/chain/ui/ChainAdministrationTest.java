package com.chainleads.chain.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.NotFoundView;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainEditService;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.EditableChain;
import com.chainleads.chain.service.EnterpriseCommand;
import com.chainleads.chain.service.EnterpriseFilter;
import com.chainleads.chain.service.EnterpriseRow;
import com.chainleads.chain.service.LinkCommand;
import com.chainleads.chain.service.LocalEnterpriseService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administration views of local enterprises and of the chains. */
class ChainAdministrationTest extends KaribuTest {

    @Autowired
    ChainReferenceService reference;

    @Autowired
    LocalEnterpriseService enterprises;

    private static void navigate(String path, String parameter, String value) {
        UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.of(parameter, value));
    }

    @Test
    void anAdministratorListsFiltersAndOpensLocalEnterprises() {
        loginAs("admin");
        navigate("admin/enterprises");
        EnterpriseAdminView view = _get(EnterpriseAdminView.class);
        assertThat(view.addEnterprise.isVisible()).isTrue();
        long all = GridKt._size(view.grid);
        assertThat(all).isGreaterThanOrEqualTo(100);

        view.sector.setValue(reference.sectors().get(3));
        long biomedicine = GridKt._size(view.grid);
        assertThat(biomedicine).isPositive().isLessThan(all);
    }

    @Test
    void aWrongCreditCodeIsCaughtInTheFormBeforeSaving() {
        loginAs("admin");
        navigate("admin/enterprises");
        EnterpriseAdminView view = _get(EnterpriseAdminView.class);
        _click(view.addEnterprise);
        EnterpriseForm form = _get(EnterpriseForm.class);
        form.name.setValue("校验测试有限公司");
        form.creditCode.setValue("91420104MA4K1RNP2A");
        form.links.setValue(java.util.Set.of(reference.allLinks().get(0)));

        _click(form.save);

        assertThat(form.creditCode.isInvalid()).isTrue();
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码校验位不正确，请核对");
    }

    @Test
    void leadersSeeTheEnterprisesReadOnlyAndNotTheChainEditor() {
        loginAs("leader");
        navigate("admin/enterprises");
        EnterpriseAdminView view = _get(EnterpriseAdminView.class);
        assertThat(view.addEnterprise.isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) enterprises.count(EnterpriseFilter.all()));
        GridKt._clickItem(view.grid, 0);
        EnterpriseForm form = _get(EnterpriseForm.class);
        assertThat(form.name.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.delete.isVisible()).isFalse();

        navigate("admin/chain");
        _get(NotFoundView.class);
    }

    @Test
    void theChainEditorShowsTheSectorsLinksAndRefusesADuplicateNameAtTheField() {
        loginAs("admin");
        navigate("admin/chain", "sector", "NEW_MATERIALS");
        ChainAdminView view = _get(ChainAdminView.class);
        long sectorId = view.sector.getValue().id();
        assertThat(view.sector.getValue().code()).isEqualTo("NEW_MATERIALS");
        assertThat(GridKt._size(view.links))
                .isEqualTo(reference.linksOfSector(sectorId).size());
        assertThat(GridKt._size(view.edges)).isPositive();

        _click(view.addLink);
        LinkForm form = _get(LinkForm.class);
        form.nameZh.setValue("稀土");
        form.nameEn.setValue("Rare earth elements");
        _click(form.save);

        assertThat(form.nameZh.isInvalid()).isTrue();
        assertThat(form.nameZh.getErrorMessage()).isEqualTo("本产业已有名为“稀土”的链节点");
        assertThat(GridKt._size(view.links))
                .isEqualTo(reference.linksOfSector(sectorId).size());
    }

    @Test
    void theRowButtonsDrawnInTheBrowserOpenTheLinkEditorAndTheRemovalQuestion() {
        loginAs("admin");
        navigate("admin/chain", "sector", "NEW_MATERIALS");
        ChainAdminView view = _get(ChainAdminView.class);
        var link = GridKt._get(view.links, 0);
        var actions = view.links.getColumnByKey("actions");
        assertThat(LitRenderers.properties(actions, link)).containsEntry("editLabel", "编辑链节点");

        LitRenderers.call(actions, "edit", link);
        assertThat(_get(LinkForm.class).nameZh.getValue()).isEqualTo(link.link().nameZh());
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();

        LitRenderers.call(actions, "remove", link);
        assertThat(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .isOpened())
                .isTrue();
    }

    @Autowired
    ChainEditService edit;

    private long sectorId(String code) {
        return reference.sectors().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aLinkChangedByAnotherAdministratorMeanwhileIsMergedNotOverwritten() {
        loginAs("admin");
        long sector = sectorId("CULTURAL_TOURISM");
        String n = java.util.UUID.randomUUID().toString().substring(0, 6);
        ChainLinkOption link =
                edit.addLink(sector, new LinkCommand("合并测试节点" + n, "Merge test " + n, ChainTier.UPSTREAM));
        try {
            navigate("admin/chain", "sector", "CULTURAL_TOURISM");
            ChainAdminView view = _get(ChainAdminView.class);
            EditableChain.Link row = GridKt._fetch(view.links, 0, GridKt._size(view.links)).stream()
                    .filter(l -> l.link().id() == link.id())
                    .findFirst()
                    .orElseThrow();
            LitRenderers.call(view.links.getColumnByKey("actions"), "edit", row);
            LinkForm form = _get(LinkForm.class);
            edit.updateLink(
                    link.id(),
                    row.version(),
                    new LinkCommand(
                            link.nameZh(), link.nameEn() + " renamed", ChainTier.UPSTREAM)); // the other administrator

            _setValue(form.tier, ChainTier.MIDSTREAM);
            _click(form.save);

            MergeDialog<?> dialog = _get(MergeDialog.class);
            assertThat(dialog.merge().changedByThem()).containsExactly("nameEn");
            assertThat(dialog.merge().changedByMe()).containsExactly("tier");
            dialog.saveButton().click();
            ChainLinkOption stored = reference.link(link.id()).orElseThrow();
            assertThat(stored.nameEn()).isEqualTo(link.nameEn() + " renamed");
            assertThat(stored.tier()).isEqualTo(ChainTier.MIDSTREAM);
        } finally {
            long version = edit.chain(sector).links().stream()
                    .filter(l -> l.link().id() == link.id())
                    .findFirst()
                    .orElseThrow()
                    .version();
            edit.removeLink(link.id(), version);
        }
    }

    @Test
    void anEnterpriseChangedByAnotherAdministratorMeanwhileIsMergedNotOverwritten() {
        loginAs("admin");
        String code = CreditCode.complete("91429998"
                        + String.format(
                                "%08d",
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
        ChainLinkOption link = reference.allLinks().get(0);
        EnterpriseRow created = enterprises.create(
                new EnterpriseCommand("合并测试企业有限公司", code, null, null, 10, java.util.Set.of(link.id())));
        try {
            navigate("admin/enterprises");
            EnterpriseAdminView view = _get(EnterpriseAdminView.class);
            view.search.setValue(code);
            GridKt._clickItem(view.grid, 0);
            EnterpriseForm form = _get(EnterpriseForm.class);
            enterprises.update(
                    created.id(),
                    created.version(),
                    new EnterpriseCommand(
                            "合并测试企业有限公司",
                            code,
                            CultivationTier.HIGH_TECH,
                            null,
                            10,
                            java.util.Set.of(link.id()))); // the other administrator

            _setValue(form.jobs, 25);
            _click(form.save);

            MergeDialog<?> dialog = _get(MergeDialog.class);
            assertThat(dialog.merge().changedByThem()).containsExactly("tier");
            assertThat(dialog.merge().changedByMe()).containsExactly("jobs");
            dialog.saveButton().click();
            EnterpriseRow stored = enterprises.find(created.id()).orElseThrow();
            assertThat(stored.cultivationTier()).isEqualTo(CultivationTier.HIGH_TECH);
            assertThat(stored.jobs()).isEqualTo(25);
        } finally {
            enterprises.delete(
                    created.id(), enterprises.find(created.id()).orElseThrow().version());
        }
    }
}
