package com.chainleads.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case 8: names that are HTML stay text — in the list grid, the lead's form and header, follow-ups, comments,
 * the change log, the handover dialog and its notification, the notification bell and view. The browser
 * must create no {@code <img>} from them and no alert may fire.
 */
@BrowserTest
class XssBrowserIT extends BrowserJourney {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @Autowired
    TestUsers users;

    @Autowired
    SignIn signIn;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    NotificationService notifications;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    private Locator injectedImages() {
        // any <img> whose src came from the payload; the page has no other image with src "x"
        return page.locator("img[src='x']");
    }

    private void assertInert(String where) {
        assertThat(injectedImages()).hasCount(0);
        assertThat(page.evaluate("() => window.__xss === undefined")).as(where).isEqualTo(true);
        assertThat(dialogs).as("alerts after " + where).isEmpty();
    }

    @Test
    void htmlInNamesIsShownAsTextEverywhereAndNeverRuns() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String viewer = users.officer("INVEST_1", "周测试");
        String attacker = users.officer("INVEST_1", PAYLOAD);
        long attackerId = users.row(attacker).id();

        LeadDraft draft = new LeadDraft();
        draft.setProjectName(PAYLOAD + " 项目" + token);
        draft.setInvestorName("<script>window.__xss=1</script>" + PAYLOAD);
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.REFERRER);
        draft.setReferrer(PAYLOAD);
        draft.setText(SiteNeeds.TARGET_PARK, "<b onmouseover=alert(2)>园区</b>");
        LeadDetails lead = signIn.as(viewer, () -> leads.create(draft));
        signIn.as(viewer, () -> {
            LeadDraft edit = lead.draft();
            edit.setText(SiteNeeds.COORDINATION_ITEMS, PAYLOAD + " 用地");
            leads.update(lead.id(), lead.version(), edit);
            FollowUpDraft followUp = new FollowUpDraft();
            followUp.setFollowUpOn(LocalDate.now());
            followUp.setMethod(FollowUpMethod.VISIT);
            followUp.setPeopleMet(PAYLOAD);
            followUp.setContent(PAYLOAD + " 洽谈");
            followUp.setNextStep(PAYLOAD);
            activity.addFollowUp(lead.id(), followUp);
        });
        signIn.as("leader", () -> activity.addComment(lead.id(), PAYLOAD + " 请抓紧"));
        long viewerId = users.row(viewer).id();
        notifications.notify(
                viewerId,
                NoticeMessage.of(NoticeType.CLAIM_RULED, "notice.message.text", PAYLOAD + " 通知" + token)
                        .linkingTo("notifications"));

        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        login(viewer, TestUsers.PASSWORD);

        // the list, filtered by the token: the grid shows the payload as text
        page.navigate(url("leads?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PAYLOAD + " 项目"));
        assertThat(cell.first()).isVisible();
        assertThat(cell.first()).containsText(PAYLOAD + " 项目" + token);
        assertInert("the list");
        screenshot("xss-list");

        // the lead's page: title, form fields, header
        cell.first().click();
        assertThat(page.locator("h2.cl-lead-title")).containsText(PAYLOAD);
        assertThat(page.locator("[data-field=projectName] input")).hasValue(PAYLOAD + " 项目" + token);
        assertThat(page.locator("[data-field=referrer] input")).hasValue(PAYLOAD);
        assertInert("the lead page");
        screenshot("xss-lead");

        // follow-ups, change log and comments
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("跟进记录")).click();
        assertThat(page.locator("vaadin-grid:visible").first()).containsText(PAYLOAD + " 洽谈");
        assertInert("the follow-ups");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("变更记录")).click();
        assertThat(page.locator(".cl-change-log")).containsText(PAYLOAD + " 用地");
        assertInert("the change log");
        screenshot("xss-change-log");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("领导批示")).click();
        assertThat(page.locator(".cl-comment-body").first()).hasText(PAYLOAD + " 请抓紧");
        assertInert("the comments");

        // a handover to the officer whose name is the payload: dialog, combo box, notification, header
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("移交"))
                .click();
        Locator owner = page.locator("vaadin-dialog-overlay vaadin-combo-box").nth(1);
        owner.locator("input").click();
        owner.locator("input").fill("<img");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(PAYLOAD))
                .first()
                .click();
        assertInert("the handover dialog");
        page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("确认移交"))
                .click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("线索已移交给 " + PAYLOAD);
        assertThat(page.locator(".cl-lead-meta")).containsText(PAYLOAD);
        assertInert("the handover notification");
        screenshot("xss-handover-notification");
        assertThat(signIn.as(viewer, () -> leads.load(lead.id())).ownerId()).isEqualTo(attackerId);

        // the notification bell and the notifications view
        page.locator("#notification-bell vaadin-button").click();
        assertThat(page.locator("vaadin-popover-overlay .cl-bell-item").first()).containsText(PAYLOAD + " 通知");
        assertInert("the notification bell");
        page.navigate(url("notifications"));
        assertThat(page.locator("vaadin-grid .cl-notice-text").first()).containsText(PAYLOAD);
        assertInert("the notifications view");

        assertThat(dialogs).isEmpty();
    }
}
