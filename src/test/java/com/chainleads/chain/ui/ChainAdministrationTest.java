package com.chainleads.chain.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.NotFoundView;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.service.ChainEditService;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.EditableChain;
import com.chainleads.chain.service.LinkCommand;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administration view of the chains. */
class ChainAdministrationTest extends KaribuTest {

    @Autowired
    ChainReferenceService reference;

    private static void navigate(String path, String parameter, String value) {
        UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.of(parameter, value));
    }

    @Test
    void leadersDoNotReachTheChainEditor() {
        loginAs("leader");
        UI.getCurrent().navigate("admin/chain");
        _get(NotFoundView.class);
    }

    @Test
    void theOldLocalEnterprisePageLeadsToTheEnterpriseLibrary() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/enterprises");
        _get(com.chainleads.enterprise.ui.EnterpriseLibraryView.class);
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
}
