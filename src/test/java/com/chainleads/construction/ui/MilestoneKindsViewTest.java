package com.chainleads.construction.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.service.MilestoneKindRow;
import com.chainleads.construction.service.MilestoneKindService;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MilestoneKindsViewTest extends KaribuTest {

    @Autowired
    MilestoneKindService kinds;

    @Autowired
    SignIn signIn;

    private List<MilestoneKindRow> rows(MilestoneKindsView view) {
        return _fetch(view.kinds, 0, _size(view.kinds));
    }

    @Test
    void anAdministratorSeesTheDefaultMilestonesInOrderWithTheirLinkedStages() {
        loginAs("admin");
        navigate("admin/milestones");
        MilestoneKindsView view = _get(MilestoneKindsView.class);

        assertThat(rows(view))
                .extracting(MilestoneKindRow::nameZh)
                .containsSubsequence("注册", "供地/拿地", "规划/施工许可", "开工", "主体封顶", "设备进场", "投产", "达产");
        assertThat(rows(view))
                .filteredOn(row -> row.nameZh().equals("开工"))
                .singleElement()
                .extracting(MilestoneKindRow::leadStage)
                .isEqualTo(LeadStage.CONSTRUCTION);
    }

    @Test
    void anAdministratorAddsAMilestoneAndARefusedNameShowsAtItsField() {
        loginAs("admin");
        navigate("admin/milestones");
        MilestoneKindsView view = _get(MilestoneKindsView.class);

        view.add.click();
        MilestoneKindForm form = _get(MilestoneKindForm.class);
        _setValue(form.nameZh, "开工");
        _setValue(form.nameEn, "Start again");
        form.save.click();
        assertThat(form.nameZh.isInvalid()).isTrue();
        assertThat(form.nameZh.getErrorMessage()).isEqualTo("已有同名节点");

        _setValue(form.nameZh, "竣工验收");
        _setValue(form.nameEn, "Completion acceptance");
        form.save.click();

        assertThat(_find(MilestoneKindForm.class)).isEmpty();
        MilestoneKindRow added = rows(view).get(rows(view).size() - 1);
        assertThat(added.nameZh()).isEqualTo("竣工验收");
        assertThat(added.active()).isTrue();
        signIn.as("admin", () -> kinds.delete(added.id(), added.version()));
    }

    @Test
    void theMilestonesPageIsForAdministratorsOnly() {
        loginAs("officer1");
        navigate("admin/milestones");
        assertThat(_find(MilestoneKindsView.class)).isEmpty();
    }
}
