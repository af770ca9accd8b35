package com.chainleads.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class NotificationBellBrowserIT extends BrowserJourney {

    @Autowired
    NotificationService notifications;

    @Autowired
    AppUserRepository users;

    @Test
    void aNotificationForOfficer1AppearsInHisBellWithoutAReloadAndLeadsToItsTarget() {
        login("officer1", "demo123");
        Locator badge = page.locator("#notification-bell .cl-bell-badge");
        // the demo data welcomes every user with one unread notification
        assertThat(badge).hasText("1");

        long officer1 = users.findByUsernameIgnoreCase("officer1").orElseThrow().getId();
        notifications.notify(
                officer1,
                NoticeMessage.of(NoticeType.CLAIM_RULED, "notice.message.text", "撞单裁定：ZS-2026-0042 归属招商一科")
                        .linkingTo("notifications?unread=true"));

        assertThat(badge).hasText("2"); // pushed by the server, no reload
        page.locator("#notification-bell vaadin-button").click();
        Locator first = page.locator("vaadin-popover-overlay .cl-bell-item").first();
        assertThat(first).containsText("撞单裁定：ZS-2026-0042 归属招商一科");
        assertThat(first).containsText("撞单裁定 · 刚刚");
        assertThat(first).hasClass(Pattern.compile(".*cl-unread.*"));
        screenshot("notification-bell-officer1");

        first.click();

        assertThat(page).hasURL(Pattern.compile(".*/notifications\\?unread=true"));
        assertThat(badge).hasText("1");
        assertThat(page.locator("vaadin-grid .cl-notice-row")).hasCount(1); // the welcome, still unread
        screenshot("notifications-unread-officer1");
    }
}
