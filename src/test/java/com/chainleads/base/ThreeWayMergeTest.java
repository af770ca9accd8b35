package com.chainleads.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.ThreeWayMerge.Side;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadDraftFields;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static LeadDraft loaded() {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("隔膜项目");
        draft.setInvestorName("宁波隔膜新材料有限公司");
        draft.setTotalInvestment(new BigDecimal("10000.00"));
        draft.setQualifications(Set.of(QualificationTag.LISTED));
        return draft;
    }

    @Test
    void aFieldOnlyTheColleagueChangedKeepsTheirValueAndOneOnlyIChangedTakesMine() {
        // issue 13, point 1: they set 引荐人, I changed only 意向园区/楼宇
        LeadDraft base = loaded();
        LeadDraft mine = base.copy();
        mine.setText(SiteNeeds.TARGET_PARK, "临港物流园");
        LeadDraft theirs = base.copy();
        theirs.setReferrer("王引荐");

        ThreeWayMerge.Result<LeadDraft> merge = LeadDraftFields.merge(base, mine, theirs);

        assertThat(merge.changedByThem()).containsExactly("referrer");
        assertThat(merge.changedByMe()).containsExactly("targetPark");
        assertThat(merge.clean()).isTrue();
        LeadDraft merged = merge.resolve(Map.of());
        assertThat(merged.getReferrer()).isEqualTo("王引荐");
        assertThat(merged.text(SiteNeeds.TARGET_PARK)).isEqualTo("临港物流园");
        assertThat(mine.getReferrer()).as("the inputs are not changed").isEmpty();
    }

    @Test
    void aPlainFieldOfAValueGroupIsMergedLikeAnyOther() {
        LeadDraft base = loaded();
        LeadDraft mine = base.copy();
        mine.setText(Investor.CONTACT_LEADER, "张副区长");
        LeadDraft theirs = base.copy();
        theirs.setText(Investor.CONTACT_LEADER, "李副区长");

        ThreeWayMerge.Result<LeadDraft> merge = LeadDraftFields.merge(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("contactLeader");
        assertThat(merge.resolve(Map.of("contactLeader", Side.THEIRS)).text(Investor.CONTACT_LEADER))
                .isEqualTo("李副区长");
        assertThat(base.text(Investor.CONTACT_LEADER))
                .as("the copies are independent")
                .isEmpty();
    }

    @Test
    void onlyAFieldBothChangedToDifferentValuesIsAConflictAndNeedsADecision() {
        LeadDraft base = loaded();
        LeadDraft mine = base.copy();
        mine.setTotalInvestment(new BigDecimal("9000"));
        mine.setProjectName("隔膜二期项目");
        LeadDraft theirs = base.copy();
        theirs.setTotalInvestment(new BigDecimal("5000"));
        theirs.setProjectName("隔膜二期项目");

        ThreeWayMerge.Result<LeadDraft> merge = LeadDraftFields.merge(base, mine, theirs);

        assertThat(merge.conflicts()).as("the same new name is no conflict").containsExactly("totalInvestment");
        assertThat(merge.changedByMe()).isEmpty();
        assertThat(merge.changedByThem()).isEmpty();
        assertThatThrownBy(() -> merge.resolve(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(merge.resolve(Map.of("totalInvestment", Side.MINE)).getTotalInvestment())
                .isEqualByComparingTo("9000");
        assertThat(merge.resolve(Map.of("totalInvestment", Side.THEIRS)).getTotalInvestment())
                .isEqualByComparingTo("5000");
        assertThat(merge.resolve(Map.of("totalInvestment", Side.MINE)).getProjectName())
                .isEqualTo("隔膜二期项目");
    }

    @Test
    void valuesCompareAsTheUserReadsThem() {
        LeadDraft base = loaded();
        LeadDraft mine = base.copy();
        mine.setTotalInvestment(new BigDecimal("10000")); // the field's scale, not the database's
        mine.setProjectName(" 隔膜项目 ");
        mine.setQualifications(EnumSet.of(QualificationTag.LISTED));
        LeadDraft theirs = base.copy();

        ThreeWayMerge.Result<LeadDraft> merge = LeadDraftFields.merge(base, mine, theirs);

        assertThat(merge.changedByMe()).isEmpty();
        assertThat(ThreeWayMerge.sameValues(LeadDraftFields.EDITABLE, base, mine))
                .isTrue();
        assertThat(ThreeWayMerge.same(null, "")).isTrue();
        assertThat(ThreeWayMerge.same(Set.of(), null)).isTrue();
    }

    @Test
    void aMergedSetIsACopyOfMineNotTheSameInstance() {
        LeadDraft base = loaded();
        LeadDraft mine = base.copy();
        mine.setQualifications(EnumSet.of(QualificationTag.LISTED, QualificationTag.UNICORN));
        LeadDraft theirs = base.copy();

        LeadDraft merged = LeadDraftFields.merge(base, mine, theirs).resolve(Map.of());
        mine.getQualifications().clear();

        assertThat(merged.getQualifications())
                .containsExactlyInAnyOrder(QualificationTag.LISTED, QualificationTag.UNICORN);
    }
}
