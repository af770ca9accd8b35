package com.chainleads.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeFilter;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NotificationService service;

    private static NotificationsView view() {
        return _get(NotificationsView.class);
    }

    private static List<NoticeRow> rows() {
        var grid = view().grid;
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private static String marker() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theListFiltersToUnreadAndToOneTypeAndKeepsTheFilterInTheAddress() {
        AppUserPrincipal leader = loginAs("leader");
        String stale = marker();
        service.notify(leader.userId(), NoticeMessage.of(NoticeType.FOLLOW_UP_STALE, "notice.message.text", stale));
        service.notify(leader.userId(), NoticeMessage.of(NoticeType.GENERAL, "notice.message.text", marker()));
        navigate("notifications");
        assertThat(rows()).hasSize((int) service.countMyNotices(NoticeFilter.ALL));
        assertThat(rows().get(0).type()).isEqualTo(NoticeType.GENERAL);

        _setValue(view().type, NoticeType.FOLLOW_UP_STALE);
        assertThat(rows()).isNotEmpty().allMatch(row -> row.type() == NoticeType.FOLLOW_UP_STALE);
        assertThat(rows().get(0).args()).containsExactly(NoticeArg.text(stale));

        _setValue(view().unreadOnly, true);
        assertThat(rows()).allMatch(NoticeRow::unread).hasSize((int)
                service.countMyNotices(new NoticeFilter(true, NoticeType.FOLLOW_UP_STALE)));

        NoticeTexts.navigate(
                UI.getCurrent(), "notifications?unread=true&type=FOLLOW_UP_STALE"); // as a bookmarked address
        assertThat(view().unreadOnly.getValue()).isTrue();
        assertThat(view().type.getValue()).isEqualTo(NoticeType.FOLLOW_UP_STALE);
        assertThat(rows()).allMatch(row -> row.unread() && row.type() == NoticeType.FOLLOW_UP_STALE);
    }

    @Test
    void clickingANotificationMarksItReadAndOpensItsTarget() {
        AppUserPrincipal admin = loginAs("admin");
        service.notify(
                admin.userId(),
                NoticeMessage.of(NoticeType.LEAD_HANDED_OVER, "notice.message.text", marker())
                        .linkingTo("admin/users"));
        NoticeTexts.navigate(UI.getCurrent(), "notifications?unread=true");
        long unread = service.unreadCount();
        NoticeRow newest = rows().get(0);

        GridKt._clickItem(view().grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/users");
        assertThat(service.unreadCount()).isEqualTo(unread - 1);
        assertThat(service.myNotices(NoticeFilter.UNREAD, org.springframework.data.domain.PageRequest.of(0, 100)))
                .extracting(NoticeRow::id)
                .doesNotContain(newest.id());
    }

    @Test
    void markAllReadEmptiesTheUnreadListAndTheBadge() throws InterruptedException {
        AppUserPrincipal officer2 = loginAs("officer2");
        service.notify(officer2.userId(), NoticeMessage.of(NoticeType.GENERAL, "notice.message.text", marker()));
        NoticeTexts.navigate(UI.getCurrent(), "notifications?unread=true");
        assertThat(rows()).isNotEmpty();

        _click(view().markAllRead);

        assertThat(rows()).isEmpty();
        assertThat(service.unreadCount()).isZero();
        for (int i = 0; i < 100 && _get(NotificationBell.class).badge.isVisible(); i++) {
            MockVaadin.clientRoundtrip(); // the bell hears of it by push
            Thread.sleep(50);
        }
        assertThat(_get(NotificationBell.class).badge.isVisible()).isFalse();
    }
}
