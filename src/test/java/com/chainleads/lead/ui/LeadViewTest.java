package com.chainleads.lead.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.NotFoundView;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.AuditRow;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.FollowUpRow;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.chainleads.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeadViewTest extends KaribuTest {

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    private LeadDetails existingLead(String owner) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("表单测试" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("合肥表单科技有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        return signIn.as(owner, () -> leads.create(draft));
    }

    @Test
    void savingAnEmptyNewLeadMarksTheRequiredFieldsAndCreatesNothing() {
        loginAs("officer1");
        long before = signIn.as("officer1", () -> queries.count(LeadFilter.NONE));
        navigate("leads/new");
        LeadView view = _get(LeadView.class);

        view.save.click();

        assertThat(view.form.projectName.isInvalid()).isTrue();
        assertThat(view.form.investorName.isInvalid()).isTrue();
        assertThat(view.form.sector.isInvalid()).isTrue();
        assertThat(view.form.channel.isInvalid()).isTrue();
        assertThat(view.form.creditCode.isInvalid()).as("not required at 线索登记").isFalse();
        assertThat(signIn.as("officer1", () -> queries.count(LeadFilter.NONE))).isEqualTo(before);
    }

    @Test
    void anOfficerLogsANewLeadWithTheFourFieldsItNeeds() {
        loginAs("officer1");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);
        String project = "新能源电池隔膜项目" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(view.form.owner.getValue().displayName())
                .as("owner defaults to the officer")
                .isEqualTo("李明");

        _setValue(view.form.projectName, project);
        _setValue(view.form.investorName, "宁波" + project + "新材料有限公司"); // no other unit's investor
        _setValue(
                view.form.sector,
                view.form
                        .sector
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("NEW_MATERIALS"))
                        .findFirst()
                        .orElseThrow());
        _setValue(view.form.channel, LeadChannel.CHAIN_LEADER);
        view.save.click();

        LeadView created = _get(LeadView.class);
        assertThat(created.title.getText()).startsWith("ZS-").endsWith(project);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("leads/\\d+");
    }

    @Test
    void afterSavingANewLeadTheTopBarNamesTheLeadNotNewLead() {
        loginAs("officer1");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);
        assertThat(topBarTitle()).isEqualTo("新建线索");
        String project = "顶栏标题项目" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(view.form.projectName, project);
        _setValue(view.form.investorName, "宁波" + project + "有限公司");
        _setValue(
                view.form.sector,
                view.form
                        .sector
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("NEW_MATERIALS"))
                        .findFirst()
                        .orElseThrow());
        _setValue(view.form.channel, LeadChannel.CHAIN_LEADER);
        view.save.click();

        LeadView created = _get(LeadView.class);
        assertThat(topBarTitle())
                .isEqualTo(created.getPageTitle())
                .startsWith("ZS-")
                .contains(project);
    }

    private static String topBarTitle() {
        return _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withClasses("cl-view-title"))
                .getText();
    }

    @Test
    void aCreditCodeTypedInLowerCaseIsUpperCasedAsSoonAsTheFieldIsLeft() {
        loginAs("officer1");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);

        _setValue(view.form.creditCode, " 91420100ma4kx8ab3c ");

        assertThat(view.form.creditCode.getValue()).isEqualTo("91420100MA4KX8AB3C");
    }

    @Test
    void aWrongCreditCodeIsShownAtItsFieldWithTheReason() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer1");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);

        _setValue(view.form.creditCode, "914403001922038217");
        view.save.click();

        assertThat(view.form.creditCode.isInvalid()).isTrue();
        assertThat(view.form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码校验位不正确，请核对");
    }

    /** officer1 saved the lead (from {@code lead}'s version) with {@code change} while the page was open. */
    private void officer1Saves(LeadDetails lead, java.util.function.Consumer<LeadDraft> change) {
        LeadDraft theirs = lead.draft().copy();
        change.accept(theirs);
        signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), theirs));
    }

    @SuppressWarnings("unchecked")
    private static MergeDialog<LeadDraft> mergeDialog() {
        return _get(MergeDialog.class);
    }

    @Test
    void savingAfterAColleaguesSaveKeepsTheFieldsOnlyTheyChangedAndAppliesOnlyMine() {
        // issue 13, point 1: officer4 changed only 意向园区/楼宇; officer1 had set 引荐人 meanwhile
        LeadDetails lead = existingLead("officer1");
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        officer1Saves(lead, theirs -> theirs.setReferrer("王引荐"));

        _setValue(view.form.text(SiteNeeds.TARGET_PARK), "临港物流园");
        view.save.click();

        MergeDialog<LeadDraft> dialog = mergeDialog();
        assertThat(dialog.merge().changedByThem()).containsExactly("referrer");
        assertThat(dialog.merge().changedByMe()).containsExactly("targetPark");
        assertThat(dialog.merge().conflicts())
                .as("nothing both changed: nothing to choose")
                .isEmpty();
        assertThat(texts(dialog.kept())).containsExactly("引荐人：（空） → 王引荐");
        assertThat(texts(dialog.applied())).containsExactly("意向园区/楼宇：（空） → 临港物流园");

        dialog.saveButton().click();

        LeadDraft stored = signIn.as("officer1", () -> leads.load(lead.id())).draft();
        assertThat(stored.getReferrer()).as("the colleague's edit is kept").isEqualTo("王引荐");
        assertThat(stored.text(SiteNeeds.TARGET_PARK)).isEqualTo("临港物流园");
        assertThat(view.form.referrer.getValue())
                .as("the page shows the merged lead")
                .isEqualTo("王引荐");
        assertThat(signIn.as("officer1", () -> activity.changeLog(lead.id())))
                .flatExtracting(AuditRow::changes)
                .as("no change empties 引荐人")
                .noneMatch(change -> change.field().equals("referrer") && change.newValue() == null);
    }

    @Test
    void theContactLeaderIsEditedBesideTheInvestorMergedWithAColleaguesSaveKeptInTheHistoryAndShownToLeaders() {
        // issue 14, point 1: a plain field declared only in its value group
        LeadDetails lead = existingLead("officer1");
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        var contactLeader = view.form.text(Investor.CONTACT_LEADER);
        assertThat(contactLeader.getLabel()).isEqualTo("对接领导");
        assertThat(contactLeader.getParent())
                .as("in the basic section, with the investor")
                .isEqualTo(view.form.investorType.getParent());
        assertThat(contactLeader.isReadOnly()).isFalse();
        officer1Saves(lead, theirs -> theirs.setReferrer("王引荐"));

        _setValue(contactLeader, "张副区长");
        view.save.click();

        MergeDialog<LeadDraft> dialog = mergeDialog();
        assertThat(dialog.merge().changedByMe()).containsExactly("contactLeader");
        assertThat(texts(dialog.applied())).containsExactly("对接领导：（空） → 张副区长");
        dialog.saveButton().click();

        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).draft().text(Investor.CONTACT_LEADER))
                .isEqualTo("张副区长");
        assertThat(signIn.as("officer1", () -> activity.changeLog(lead.id())))
                .flatExtracting(AuditRow::changes)
                .anyMatch(change -> change.field().equals("contactLeader") && "张副区长".equals(change.newValue()));

        loginAs("leader");
        navigate("leads/" + lead.id());
        LeadView seen = _get(LeadView.class);
        assertThat(seen.form.text(Investor.CONTACT_LEADER).getValue()).isEqualTo("张副区长");
        assertThat(seen.form.text(Investor.CONTACT_LEADER).isReadOnly()).isTrue();
    }

    @Test
    void theExpectedSigningDateIsEditedInTheProgressSectionMergedWithAColleaguesSaveAndKeptInTheHistory() {
        // issue 14, point 1: a plain date declared only in its value group (Milestones)
        LeadDetails lead = existingLead("officer1");
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        var expected = view.form.date(Milestones.EXPECTED_SIGNING_ON);
        assertThat(expected.getLabel()).isEqualTo("预计签约日期");
        assertThat(expected.getParent())
                .as("in the progress section, with the signing date")
                .isEqualTo(view.form.signedOn.getParent());
        officer1Saves(lead, theirs -> theirs.setReferrer("王引荐"));

        _setValue(expected, LocalDate.of(2027, 3, 31));
        view.save.click();

        MergeDialog<LeadDraft> dialog = mergeDialog();
        assertThat(dialog.merge().changedByMe()).containsExactly("expectedSigningOn");
        dialog.saveButton().click();

        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).draft().date(Milestones.EXPECTED_SIGNING_ON))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(signIn.as("officer1", () -> activity.changeLog(lead.id())))
                .flatExtracting(AuditRow::changes)
                .anyMatch(
                        change -> change.field().equals("expectedSigningOn") && "2027-03-31".equals(change.newValue()));
    }

    @Test
    void aPlainNumberFieldChecksItsMeasureAsTheUserTypes() {
        loginAs("officer1");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);
        var jobs = (com.vaadin.flow.component.textfield.IntegerField) view.form.number(Economics.JOBS);
        assertThat(jobs.getLabel()).isEqualTo("预计就业（人）");
        _setValue(jobs, 10_000_001);
        assertThat(jobs.isInvalid()).isTrue();
        assertThat(jobs.getErrorMessage()).isEqualTo("请输入 0 至 10,000,000 之间的整数");
        _setValue(jobs, 120);
        assertThat(jobs.isInvalid()).isFalse();
        var output = (BigDecimalField) view.form.number(Economics.ANNUAL_OUTPUT);
        _setValue(output, new BigDecimal("1.005"));
        assertThat(output.isInvalid()).isTrue();
        assertThat(output.getErrorMessage()).isEqualTo("最多保留两位小数");
        assertThat(output.getParent()).as("in the economics section").isEqualTo(view.form.totalInvestment.getParent());
        var rnd = (BigDecimalField) view.form.number(Economics.ANNUAL_RND);
        assertThat(rnd.getLabel()).isEqualTo("年研发投入（万元）");
        assertThat(rnd.getParent()).isEqualTo(view.form.totalInvestment.getParent());
    }

    @Test
    void aNewLeadOffersTheContactLeaderAndKeepsIt() {
        loginAs("officer1");
        navigate("leads/new");
        LeadView view = _get(LeadView.class);
        String project = "对接领导项目" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(view.form.projectName, project);
        _setValue(view.form.investorName, "宁波" + project + "有限公司");
        _setValue(
                view.form.sector,
                view.form.sector.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(view.form.channel, LeadChannel.SELF);
        _setValue(view.form.text(Investor.CONTACT_LEADER), "李区长");
        view.save.click();

        LeadView created = _get(LeadView.class);
        assertThat(created.form.text(Investor.CONTACT_LEADER).getValue()).isEqualTo("李区长");
    }

    @Test
    void aFieldBothChangedIsTheOnlyChoiceAndNothingIsSavedUntilEachIsChosen() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        officer1Saves(lead, theirs -> {
            theirs.setTotalInvestment(new BigDecimal("5000"));
            theirs.setReferrer("甲引荐");
        });

        _setValue(view.form.totalInvestment, new BigDecimal("9000"));
        _setValue(view.form.referrer, "乙引荐");
        _setValue(view.form.text(SiteNeeds.COORDINATION_ITEMS), "需协调用地指标");
        view.save.click();

        MergeDialog<LeadDraft> dialog = mergeDialog();
        assertThat(dialog.merge().conflicts()).containsExactly("totalInvestment", "referrer");
        assertThat(dialog.merge().changedByMe()).containsExactly("coordinationItems");
        assertThat(dialog.choice("totalInvestment").getLabel()).isEqualTo("总投资（万元）");
        assertThat(dialog.choice("totalInvestment").getItemLabelGenerator().apply(ThreeWayMerge.Side.THEIRS))
                .isEqualTo("对方保存的值：5,000.00 万元");
        assertThat(dialog.choice("totalInvestment").getItemLabelGenerator().apply(ThreeWayMerge.Side.MINE))
                .isEqualTo("您的输入：9,000.00 万元");
        assertThat(view.form.totalInvestment.getValue())
                .as("the input stays on screen")
                .isEqualByComparingTo("9000");
        long version = signIn.as("officer1", () -> leads.load(lead.id())).version();

        _setValue(dialog.choice("totalInvestment"), ThreeWayMerge.Side.MINE);
        dialog.saveButton().click();
        assertThat(dialog.isOpened()).as("引荐人 has no choice yet").isTrue();
        assertThat(dialog.choice("referrer").isInvalid()).isTrue();
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).version()).isEqualTo(version);

        _setValue(dialog.choice("referrer"), ThreeWayMerge.Side.THEIRS);
        dialog.saveButton().click();

        LeadDraft stored = signIn.as("officer1", () -> leads.load(lead.id())).draft();
        assertThat(stored.getTotalInvestment()).isEqualByComparingTo("9000");
        assertThat(stored.getReferrer()).isEqualTo("甲引荐");
        assertThat(stored.text(SiteNeeds.COORDINATION_ITEMS)).isEqualTo("需协调用地指标");
    }

    @Test
    void theServerChecksTheMergedLeadAndARefusedMergeStaysOnTheForm() {
        LeadDetails lead = existingLead("officer1");
        officer1Saves(lead, draft -> draft.setTotalInvestment(new BigDecimal("10000")));
        LeadDetails loaded = signIn.as("officer1", () -> leads.load(lead.id()));
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        officer1Saves(loaded, theirs -> theirs.setNumber(Economics.FIXED_ASSET_INVESTMENT, new BigDecimal("8000")));

        _setValue(view.form.totalInvestment, new BigDecimal("6000"));
        view.save.click();
        mergeDialog().saveButton().click();

        assertThat(fixedAssets(view).isInvalid())
                .as("each change alone was valid; merged it is not")
                .isTrue();
        assertThat(fixedAssets(view).getErrorMessage()).isEqualTo("固定资产投资不能大于总投资");
        assertThat(view.form.totalInvestment.getValue()).isEqualByComparingTo("6000");
        assertThat(fixedAssets(view).getValue()).isEqualByComparingTo("8000");
        assertThat(signIn.as("officer1", () -> leads.load(lead.id())).draft().getTotalInvestment())
                .isEqualByComparingTo("10000");

        _setValue(fixedAssets(view), new BigDecimal("5000"));
        view.save.click();
        LeadDraft stored = signIn.as("officer1", () -> leads.load(lead.id())).draft();
        assertThat(stored.getTotalInvestment()).isEqualByComparingTo("6000");
        assertThat(stored.number(Economics.FIXED_ASSET_INVESTMENT)).isEqualByComparingTo("5000");
    }

    private static BigDecimalField fixedAssets(LeadView view) {
        return (BigDecimalField) view.form.number(Economics.FIXED_ASSET_INVESTMENT);
    }

    @Test
    void aFollowUpEditedMeanwhileIsMergedFieldByFieldToo() {
        LeadDetails lead = existingLead("officer1");
        FollowUpRow stored = signIn.as("officer1", () -> {
            FollowUpDraft followUp = new FollowUpDraft();
            followUp.setFollowUpOn(LocalDate.now(clock));
            followUp.setMethod(FollowUpMethod.PHONE);
            followUp.setContent("电话沟通选址需求");
            return activity.addFollowUp(lead.id(), followUp);
        });
        loginAs("officer4");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        view.tabs.setSelectedIndex(1);
        FollowUpsPanel panel = _get(FollowUpsPanel.class);
        LitRenderers.call(panel.grid.getColumnByKey("actions"), "edit", stored);
        FollowUpForm form = _get(FollowUpForm.class);
        signIn.as("officer1", () -> {
            FollowUpDraft theirs = com.chainleads.lead.service.FollowUpDraftFields.of(stored);
            theirs.setContent("电话沟通选址需求，企业要求 50 亩工业用地");
            return activity.updateFollowUp(stored.id(), stored.version(), theirs);
        });

        _setValue(form.nextStep, "安排实地考察");
        form.save();

        MergeDialog<?> dialog = _get(MergeDialog.class);
        assertThat(dialog.merge().changedByThem()).containsExactly("content");
        assertThat(dialog.merge().changedByMe()).containsExactly("nextStep");
        dialog.saveButton().click();

        FollowUpRow saved =
                signIn.as("officer1", () -> activity.followUps(lead.id())).get(0);
        assertThat(saved.content()).isEqualTo("电话沟通选址需求，企业要求 50 亩工业用地");
        assertThat(saved.nextStep()).isEqualTo("安排实地考察");
        assertThat(_find(FollowUpForm.class))
                .as("the dialog closed after saving")
                .isEmpty();
    }

    private static List<String> texts(com.vaadin.flow.component.html.Div box) {
        return _find(box, com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText)
                .toList();
    }

    @Test
    void anotherUnitsLeadAnswersAsNotFound() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer2");
        navigate("leads/" + lead.id());
        _get(NotFoundView.class);
        assertThat(_find(LeadView.class)).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer1");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);
        _setValue(view.form.text(SiteNeeds.TARGET_PARK), "临港物流园");

        navigate("leads");

        assertThat(_find(LeadListView.class)).isEmpty();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        _get(LeadListView.class);
    }

    @Test
    void followUpsStagesAndTheChangeLogAreDrawnInTheBrowserAndTheRowButtonsStillWork() {
        LeadDetails lead = existingLead("officer1");
        signIn.as("officer1", () -> {
            FollowUpDraft followUp = new FollowUpDraft();
            followUp.setFollowUpOn(LocalDate.now(clock));
            followUp.setMethod(FollowUpMethod.PHONE);
            followUp.setContent("电话沟通选址需求");
            activity.addFollowUp(lead.id(), followUp);
            LeadDraft edit = lead.draft();
            edit.setReferrer("王引荐");
            return leads.update(lead.id(), lead.version(), edit);
        });
        loginAs("officer1");
        navigate("leads/" + lead.id());
        LeadView view = _get(LeadView.class);

        view.tabs.setSelectedIndex(1);
        FollowUpsPanel followUps = _get(FollowUpsPanel.class);
        Grid.Column<FollowUpRow> actions = followUps.grid.getColumnByKey("actions");
        FollowUpRow row = _fetch(followUps.grid, 0, 1).get(0);
        assertThat(LitRenderers.properties(actions, row))
                .containsEntry("editLabel", "编辑跟进")
                .containsEntry("deleteLabel", "删除");
        LitRenderers.call(actions, "edit", row);
        assertThat(_get(FollowUpForm.class).content.getValue()).isEqualTo("电话沟通选址需求");
        _get(Dialog.class).close();
        LitRenderers.call(actions, "remove", row);
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        _get(ConfirmDialog.class).close();

        view.tabs.setSelectedIndex(2);
        HistoryPanel history = _get(HistoryPanel.class);
        assertThat(history.stages.getColumns())
                .allSatisfy(column -> assertThat(column.getRenderer()).isNotInstanceOf(ComponentRenderer.class));

        view.tabs.setSelectedIndex(3);
        ChangeLogPanel log = _get(ChangeLogPanel.class);
        List<AuditRow> entries = _fetch(log.entries, 0, _size(log.entries));
        assertThat(entries).isNotEmpty();
        assertThat(entries)
                .anySatisfy(entry -> assertThat(LitRenderers.properties(log.entries.getColumnByKey("entry"), entry)
                                .get("lines"))
                        .asList()
                        .anySatisfy(line ->
                                assertThat((String) line).startsWith("引荐人：").endsWith("王引荐")));
    }

    @Test
    void aLinkNamingATabOpensTheLeadOnThatTab() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer1");

        navigate(LeadPageTab.COMMENTS.location(lead.id()));

        LeadView view = _get(LeadView.class);
        assertThat(view.selectedTab()).isEqualTo(LeadPageTab.COMMENTS);
        assertThat(view.tabs.getSelectedTab().getLabel()).startsWith("领导批示");
        assertThat(_get(CommentsPanel.class)).isNotNull();

        navigate("leads/" + lead.id());
        assertThat(_get(LeadView.class).selectedTab())
                .as("the same page without a tab opens the details")
                .isEqualTo(LeadPageTab.DETAILS);
    }

    @Test
    void aTabThePageDoesNotKnowOrDoesNotShowOpensTheDetailsWithoutAnError() {
        LeadDetails lead = existingLead("officer1");
        loginAs("officer1");

        navigate("leads/" + lead.id() + "?tab=nosuchtab");
        LeadView view = _get(LeadView.class);
        assertThat(view.selectedTab()).isEqualTo(LeadPageTab.DETAILS);
        assertThat(view.tabs.getSelectedIndex()).isZero();

        navigate(LeadPageTab.CONSTRUCTION.location(lead.id())); // a lead at 线索登记 has no 项目建设 tab
        assertThat(_get(LeadView.class).selectedTab()).isEqualTo(LeadPageTab.DETAILS);
        assertThat(_find(NotFoundView.class)).isEmpty();
    }
}
