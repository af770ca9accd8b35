package com.chainleads.coordination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.coordination.service.CoordinationService;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.ProgressDraft;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 问题清单 tab of a signed project and its forms, as officers and leaders use them. */
class LeadIssuesTabTest extends KaribuTest {

    @Autowired
    CoordinationTestData data;

    @Autowired
    CoordinationService coordination;

    @Autowired
    SignIn signIn;

    private Optional<Tab> issuesTab() {
        TabSheet sheet = _get(TabSheet.class);
        return IntStream.range(0, sheet.getTabCount())
                .mapToObj(sheet::getTabAt)
                .filter(tab -> tab.getLabel().startsWith("问题清单"))
                .findFirst();
    }

    private LeadIssuesPanel openTab(String user, LeadDetails lead) {
        loginAs(user);
        navigate("leads/" + lead.id());
        TabSheet sheet = _get(TabSheet.class);
        sheet.setSelectedTab(issuesTab().orElseThrow());
        return _get(LeadIssuesPanel.class);
    }

    private static String notificationTexts() {
        return getNotifications().stream().map(NotificationsKt::getText).reduce("", String::concat);
    }

    @Test
    void anOfficerRaisesAnIssueFromTheTabAndSeesItListed() {
        LeadDetails lead = data.signedLead("officer1");
        LeadIssuesPanel panel = openTab("officer1", lead);
        assertThat(issuesTab().orElseThrow().getLabel()).isEqualTo("问题清单（0）");

        panel.raise.click();
        IssueForm form = _get(IssueForm.class);
        form.type.setValue(IssueType.UTILITIES);
        form.department.setValue(form.departments().stream()
                .filter(d -> d.code().equals("POWER_SUPPLY"))
                .findFirst()
                .orElseThrow());
        form.deadline.setValue(data.today().plusDays(10));
        form.description.setValue("10kV 专线接入方案待供电公司批复");
        form.save.click();

        assertThat(panel.dialog.isOpened()).isFalse();
        assertThat(_find(panel.list, Span.class).stream().map(Span::getText)).contains("水电气", "交办");
        assertThat(panel.list.getElement().getTextRecursively()).contains("10kV 专线接入方案待供电公司批复");
    }

    @Test
    void aDeadlineBeforeTodayIsMarkedAtTheFieldAndWhatWasTypedStays() {
        LeadDetails lead = data.signedLead("officer1");
        LeadIssuesPanel panel = openTab("officer1", lead);
        panel.raise.click();
        IssueForm form = _get(IssueForm.class);
        form.type.setValue(IssueType.LAND);
        form.department.setValue(form.departments().get(0));
        form.deadline.setValue(data.today().minusDays(1));
        form.description.setValue("土地出让合同签订时间未定");

        form.save.click();

        assertThat(form.deadline.isInvalid()).isTrue();
        assertThat(form.deadline.getErrorMessage()).isEqualTo("办结时限不能早于今天");
        assertThat(form.description.getValue()).isEqualTo("土地出让合同签订时间未定");
        assertThat(panel.dialog.isOpened()).isTrue();
    }

    @Test
    void closingWithoutAReplyIsMarkedAtTheReply() {
        LeadDetails lead = data.signedLead("officer1");
        data.raise("officer1", lead.id(), "规划方案审查意见未出");
        LeadIssuesPanel panel = openTab("officer1", lead);
        clickAction(panel, "progress");
        ProgressForm form = _get(ProgressForm.class);
        form.status.setValue(IssueStatus.DONE);
        form.reply.setValue("");

        form.save.click();

        assertThat(form.reply.isInvalid()).isTrue();
        assertThat(form.reply.getErrorMessage()).isEqualTo("办结前请填写责任单位的答复");
        assertThat(panel.dialog.isOpened()).isTrue();
    }

    @Test
    void whenSomeoneElseMovedTheIssueTheSaveIsRefusedAndTheReplyStays() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails issue = data.raise("officer1", lead.id(), "施工图审查排队时间长");
        LeadIssuesPanel panel = openTab("officer1", lead);
        clickAction(panel, "progress");
        ProgressForm form = _get(ProgressForm.class);
        form.status.setValue(IssueStatus.DONE);
        form.reply.setValue("住建局已出具审查合格书");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        // officer4 of the same unit moves it meanwhile
        signIn.as(
                "officer4",
                () -> coordination.progress(
                        issue.id(), issue.version(), new ProgressDraft(IssueStatus.IN_PROGRESS, "已催办")));
        form.save.click();

        assertThat(notificationTexts()).contains("该问题已被 刘洋 于").contains("您的修改未保存");
        assertThat(panel.dialog.isOpened()).isTrue();
        assertThat(form.reply.getValue()).isEqualTo("住建局已出具审查合格书");
        assertThat(panel.list.getElement().getTextRecursively()).contains("答复：已催办");

        // seen the other change, the officer saves again on top of it
        form.save.click();
        assertThat(panel.dialog.isOpened()).isFalse();
        assertThat(panel.list.getElement().getTextRecursively()).contains("答复：住建局已出具审查合格书");
    }

    @Test
    void anOverdueIssueIsFlaggedRedAndTheTabAsksForAttention() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails issue = data.raise("officer1", lead.id(), "排污许可证办理超时");
        data.deadline(issue.id(), data.today().minusDays(4));

        LeadIssuesPanel panel = openTab("officer1", lead);

        Tab tab = issuesTab().orElseThrow();
        assertThat(tab.getLabel()).isEqualTo("问题清单（1，逾期 1）");
        assertThat(tab.hasClassName("cl-tab-attention")).isTrue();
        assertThat(panel.attention.isVisible()).isTrue();
        assertThat(_find(panel.list, Span.class).stream()
                        .filter(s -> s.hasClassName("cl-issue-overdue"))
                        .map(Span::getText))
                .containsExactly("逾期 4 天");
    }

    @Test
    void aLeaderInstructsButHasNoProgressButton() {
        LeadDetails lead = data.signedLead("officer1");
        data.raise("officer1", lead.id(), "设备进口免税手续");
        LeadIssuesPanel panel = openTab("leader", lead);

        assertThat(actions(panel)).containsExactly("instruct");
        clickAction(panel, "instruct");
        NoteForm form = _get(NoteForm.class);
        form.note.setValue("请税务局专人跟进");
        form.save.click();

        assertThat(panel.list.getElement().getTextRecursively()).contains("请税务局专人跟进");
    }

    @Test
    void aLeadBeforeSigningHasNoIssueTab() {
        LeadDetails lead = data.registeredLead("officer1");
        loginAs("officer1");
        navigate("leads/" + lead.id());
        assertThat(issuesTab()).isEmpty();
    }

    @Test
    void theIssuesLinkOpensASignedProjectOnItsIssueList() {
        LeadDetails lead = data.signedLead("officer1");
        loginAs("officer1");

        navigate(LeadPageTab.ISSUES.location(lead.id()));

        assertThat(_get(TabSheet.class).getSelectedTab()).isSameAs(issuesTab().orElseThrow());
        assertThat(_get(LeadIssuesPanel.class)).isNotNull();
    }

    private static java.util.List<String> actions(LeadIssuesPanel panel) {
        return _find(panel.list, Button.class).stream()
                .map(b -> b.getElement().getAttribute("data-action"))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static void clickAction(LeadIssuesPanel panel, String action) {
        _find(panel.list, Button.class).stream()
                .filter(b -> action.equals(b.getElement().getAttribute("data-action")))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
