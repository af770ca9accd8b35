package com.chainleads.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeBroadcaster;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellTest extends KaribuTest {

    @Autowired
    NotificationService service;

    @Autowired
    NoticeBroadcaster broadcaster;

    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    private static List<Div> items() {
        return _find(bell().list, Div.class, spec -> spec.withClasses("cl-bell-item"));
    }

    private static String text(Div item) {
        return _get(item, Span.class, spec -> spec.withClasses("cl-notice-text"))
                .getText();
    }

    private static String marker() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void send(AppUserPrincipal to, String text, String target) {
        service.notify(
                to.userId(),
                NoticeMessage.of(NoticeType.CLAIM_RULED, "notice.message.text", text)
                        .linkingTo(target));
    }

    /** Lets the pushed UI updates run, as the browser's round trip would, until the condition holds. */
    private static boolean awaitPush(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void switchLanguage() {
        _click(_get(Button.class, spec -> spec.withClasses("cl-language-switch")));
    }

    @Test
    void theBadgeShowsTheUnreadCountAndFollowsANewNotificationWithoutAReload() throws InterruptedException {
        AppUserPrincipal officer4 = loginAs("officer4");
        navigate("");
        long unread = service.unreadCount();
        assertThat(bell().unread()).isEqualTo(unread);
        assertThat(bell().badge.isVisible()).isEqualTo(unread > 0);

        send(officer4, marker(), "notifications");

        assertThat(awaitPush(() -> bell().unread() == unread + 1))
                .as("badge updated by push")
                .isTrue();
        assertThat(bell().badge.getText()).isEqualTo(Long.toString(unread + 1));
        assertThat(bell().badge.isVisible()).isTrue();
        assertThat(bell().button.getAriaLabel()).hasValue("通知（" + (unread + 1) + " 条未读）");
    }

    @Test
    void thePanelListsTheNewestAndClickingOneMarksItReadAndOpensItsTarget() {
        AppUserPrincipal officer1 = loginAs("officer1");
        String older = marker();
        String newer = marker();
        send(officer1, older, "notifications");
        send(officer1, newer, "notifications?unread=true");
        navigate("");
        long unread = service.unreadCount();

        bell().panel.open();

        List<Div> items = items();
        assertThat(items).hasSizeLessThanOrEqualTo(NotificationService.LATEST);
        assertThat(text(items.get(0))).isEqualTo(newer);
        assertThat(text(items.get(1))).isEqualTo(older);
        assertThat(items.get(0).hasClassName("cl-unread")).isTrue();
        assertThat(_get(items.get(0), Span.class, spec -> spec.withClasses("cl-notice-meta"))
                        .getText())
                .isEqualTo("撞单裁定 · 刚刚");

        _click(items.get(0));

        assertThat(_get(NotificationsView.class).unreadOnly.getValue()).isTrue();
        assertThat(bell().panel.isOpened()).isFalse();
        assertThat(bell().unread()).isEqualTo(unread - 1);
        assertThat(service.unreadCount()).isEqualTo(unread - 1);
        bell().panel.open();
        assertThat(items().get(0).hasClassName("cl-unread")).isFalse();
        assertThat(text(items().get(1))).isEqualTo(older);
        assertThat(items().get(1).hasClassName("cl-unread")).isTrue();
    }

    @Test
    void markAllReadEmptiesTheBadgeAndViewAllOpensTheNotificationsView() {
        AppUserPrincipal officer2 = loginAs("officer2");
        send(officer2, marker(), "notifications");
        navigate("");
        assertThat(bell().badge.isVisible()).isTrue();

        bell().panel.open();
        _click(bell().markAllRead);

        assertThat(bell().badge.isVisible()).isFalse();
        assertThat(bell().unread()).isZero();
        assertThat(service.unreadCount()).isZero();
        assertThat(items()).noneMatch(item -> item.hasClassName("cl-unread"));
        assertThat(bell().markAllRead.isEnabled()).isFalse();

        _click(bell().viewAll);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(GridKt._size(view.grid))
                .isEqualTo((int) service.countMyNotices(com.chainleads.notification.service.NoticeFilter.ALL));
    }

    @Test
    void theNotificationsReadInTheUsersLanguage() {
        AppUserPrincipal officer3 = loginAs("officer3");
        service.notify(officer3.userId(), NoticeMessage.of(NoticeType.GENERAL, "notice.message.welcome"));
        navigate("");
        bell().panel.open();
        assertThat(text(items().get(0))).startsWith("欢迎使用链招");

        switchLanguage();
        bell().panel.open();
        assertThat(text(items().get(0))).startsWith("Welcome to ChainLeads");
        assertThat(_get(items().get(0), Span.class, spec -> spec.withClasses("cl-notice-meta"))
                        .getText())
                .isEqualTo("System notice · just now");

        switchLanguage(); // officer3 stays Chinese for the other tests
    }

    @Test
    void eachPageListensOnceAndStopsListeningWhenItsBellGoesAway() {
        AppUserPrincipal officer5 = loginAs("officer5");
        navigate("");
        int listening = broadcaster.listenerCount(officer5.userId());
        assertThat(listening).isPositive();

        navigate("notifications");
        navigate("");
        switchLanguage(); // re-creates the shell: old bell detached, new one attached
        switchLanguage();
        assertThat(broadcaster.listenerCount(officer5.userId())).isEqualTo(listening);

        MockVaadin.tearDown(); // the session ends (sign-out, time-out): its page goes away
        assertThat(broadcaster.listenerCount(officer5.userId())).isEqualTo(listening - 1);
    }
}
