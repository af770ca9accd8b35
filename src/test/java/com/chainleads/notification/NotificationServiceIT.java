package com.chainleads.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.notification.domain.Notice;
import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeRepository;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeBroadcaster;
import com.chainleads.notification.service.NoticeFilter;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import com.chainleads.testsupport.IntegrationTest;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationServiceIT {

    @Autowired
    NotificationService service;

    @Autowired
    NoticeBroadcaster broadcaster;

    @Autowired
    NoticeRepository notices;

    @Autowired
    AppUserRepository users;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long userId(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private long unitId(String code) {
        return units.findAll().stream()
                .filter(u -> u.getCode().equals(code))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** Runs {@code work} as the given demo user, as a service call from their page would. */
    private <T> T as(String username, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static String marker() {
        return "T-" + UUID.randomUUID();
    }

    private static NoticeMessage general(String marker) {
        return NoticeMessage.of(NoticeType.GENERAL, "notice.message.text", marker);
    }

    /** The signed-in user's notification carrying the marker, if they can see it. */
    private Optional<NoticeRow> mine(String marker) {
        return service.myNotices(NoticeFilter.ALL, PageRequest.of(0, 200)).stream()
                .filter(row -> row.args().contains(NoticeArg.text(marker)))
                .findFirst();
    }

    @Test
    void aNotificationReachesItsRecipientWithItsArgumentsInTheReadersLanguage() {
        String marker = marker();
        long before = as("officer3", service::unreadCount);
        var unit = units.findAll().stream()
                .filter(u -> u.getCode().equals("INVEST_2"))
                .findFirst()
                .orElseThrow();

        boolean sent = service.notify(
                userId("officer3"),
                NoticeMessage.of(
                                NoticeType.CLAIM_RULED,
                                "notice.message.text",
                                marker,
                                unit,
                                NoticeArg.translated("role.LEADER"),
                                new BigDecimal("12.50"))
                        .linkingTo("leads/42"));

        assertThat(sent).isTrue();
        NoticeRow row = as("officer3", () -> mine(marker)).orElseThrow();
        assertThat(row.type()).isEqualTo(NoticeType.CLAIM_RULED);
        assertThat(row.target()).isEqualTo("leads/42");
        assertThat(row.unread()).isTrue();
        assertThat(row.argValues(Locale.SIMPLIFIED_CHINESE, key -> "[" + key + "]"))
                .containsExactly(marker, "招商二科", "[role.LEADER]", new BigDecimal("12.50"));
        assertThat(row.argValues(Locale.ENGLISH, key -> key)[1]).isEqualTo(unit.getNameEn());
        assertThat(as("officer3", service::unreadCount)).isEqualTo(before + 1);
        assertThat(as("officer3", () -> service.latest(NotificationService.LATEST))
                        .get(0)
                        .id())
                .isEqualTo(row.id());
    }

    @Test
    void nobodySeesOrMarksAnotherUsersNotifications() {
        String marker = marker();
        service.notify(userId("officer2"), general(marker));
        long noticeId = as("officer2", () -> mine(marker)).orElseThrow().id();

        assertThat(as("officer1", () -> mine(marker))).isEmpty();
        assertThatThrownBy(() -> as("officer1", () -> {
                    service.markRead(noticeId);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.notFound"));
        as("officer1", service::markAllRead);

        assertThat(as("officer2", () -> mine(marker)).orElseThrow().unread()).isTrue();
    }

    @Test
    void markingOneReadLowersTheUnreadCountAndMarkingItAgainIsHarmless() {
        String marker = marker();
        service.notify(userId("officer5"), general(marker));
        as("officer5", () -> {
            long unread = service.unreadCount();
            NoticeRow row = mine(marker).orElseThrow();

            service.markRead(row.id());
            service.markRead(row.id());

            assertThat(service.unreadCount()).isEqualTo(unread - 1);
            NoticeRow read = mine(marker).orElseThrow();
            assertThat(read.unread()).isFalse();
            assertThat(read.readAt()).isAfterOrEqualTo(read.createdAt());
            assertThat(service.myNotices(NoticeFilter.UNREAD, PageRequest.of(0, 500)))
                    .extracting(NoticeRow::id)
                    .doesNotContain(row.id());
            return null;
        });
    }

    @Test
    void markAllReadMarksOnlyTheUsersOwn() {
        String mineMarker = marker();
        String othersMarker = marker();
        service.notify(userId("admin"), general(mineMarker));
        service.notify(userId("admin"), general(marker()));
        service.notify(userId("leader"), general(othersMarker));

        int marked = as("admin", service::markAllRead);

        assertThat(marked).isGreaterThanOrEqualTo(2);
        assertThat(as("admin", service::unreadCount)).isZero();
        assertThat(as("admin", () -> mine(mineMarker)).orElseThrow().unread()).isFalse();
        assertThat(as("leader", () -> mine(othersMarker)).orElseThrow().unread())
                .isTrue();
    }

    @Test
    void theListIsNewestFirstPagedAndFilteredByUnreadAndType() {
        long officer4 = userId("officer4");
        String first = marker();
        String second = marker();
        String third = marker();
        service.notify(officer4, NoticeMessage.of(NoticeType.FOLLOW_UP_STALE, "notice.message.text", first));
        service.notify(officer4, NoticeMessage.of(NoticeType.FOLLOW_UP_OVERDUE, "notice.message.text", second));
        service.notify(officer4, NoticeMessage.of(NoticeType.FOLLOW_UP_STALE, "notice.message.text", third));

        as("officer4", () -> {
            List<NoticeRow> page = service.myNotices(NoticeFilter.ALL, PageRequest.of(0, 3));
            assertThat(page)
                    .extracting(row -> row.args().get(0))
                    .containsExactly(NoticeArg.text(third), NoticeArg.text(second), NoticeArg.text(first));
            assertThat(service.myNotices(NoticeFilter.ALL, PageRequest.of(1, 2))
                            .get(0)
                            .args())
                    .containsExactly(NoticeArg.text(first));

            NoticeFilter stale = NoticeFilter.ALL.withType(NoticeType.FOLLOW_UP_STALE);
            List<NoticeRow> staleOnes = service.myNotices(stale, PageRequest.of(0, 500));
            assertThat(staleOnes).allMatch(row -> row.type() == NoticeType.FOLLOW_UP_STALE);
            assertThat(service.countMyNotices(stale)).isEqualTo(staleOnes.size());

            service.markRead(page.get(0).id());
            List<NoticeRow> unreadStale = service.myNotices(stale.withUnreadOnly(true), PageRequest.of(0, 500));
            assertThat(unreadStale)
                    .extracting(row -> row.args().get(0))
                    .contains(NoticeArg.text(first))
                    .doesNotContain(NoticeArg.text(third));
            assertThat(service.countMyNotices(stale.withUnreadOnly(true))).isEqualTo(unreadStale.size());
            return null;
        });
    }

    @Test
    void aReminderWithADedupKeyReachesEachRecipientOnlyOnce() {
        String key = "overdue:lead:" + UUID.randomUUID() + ":2026-03-02";
        NoticeMessage reminder = NoticeMessage.of(NoticeType.FOLLOW_UP_OVERDUE, "notice.message.text", marker())
                .linkingTo("leads/7")
                .onceFor(key);

        assertThat(service.notify(userId("officer1"), reminder)).isTrue();
        assertThat(service.notify(userId("officer1"), reminder)).isFalse();
        assertThat(service.notify(userId("officer2"), reminder)).isTrue();
        assertThat(notices.findAll())
                .filteredOn(n -> key.equals(n.getDedupKey()))
                .hasSize(2);
    }

    @Test
    void theDatabaseRefusesASecondNotificationWithTheSameDedupKeyButNotTwoWithout() {
        long officer1 = userId("officer1");
        String key = "race:" + UUID.randomUUID();
        notices.saveAndFlush(
                new Notice(officer1, NoticeType.GENERAL, "notice.message.text", List.of(), null, key, Instant.now()));

        assertThatThrownBy(() -> notices.saveAndFlush(new Notice(
                        officer1, NoticeType.GENERAL, "notice.message.text", List.of(), null, key, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        notices.saveAndFlush(
                new Notice(officer1, NoticeType.GENERAL, "notice.message.text", List.of(), null, null, Instant.now()));
        notices.saveAndFlush(
                new Notice(officer1, NoticeType.GENERAL, "notice.message.text", List.of(), null, null, Instant.now()));
    }

    @Test
    void sendingJoinsTheCallersTransactionSoARollbackSendsNothing() {
        String marker = marker();
        long officer3 = userId("officer3");

        transactions.executeWithoutResult(status -> {
            service.notify(officer3, general(marker));
            // inside the caller's transaction the notification exists ...
            assertThat(notices.findAll()).anyMatch(n -> n.getArgs().contains(NoticeArg.text(marker)));
            status.setRollbackOnly();
        });
        // ... and is gone with it
        assertThat(as("officer3", () -> mine(marker))).isEmpty();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    service.notify(officer3, general(marker));
                    throw new IllegalStateException("the caller's own work failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(as("officer3", () -> mine(marker))).isEmpty();
    }

    @Test
    void openPagesAreToldTheNewUnreadCountOnlyAfterTheSendingTransactionCommits() throws InterruptedException {
        long officer3 = userId("officer3");
        LinkedBlockingQueue<Long> told = new LinkedBlockingQueue<>();
        Registration registration = as("officer3", () -> broadcaster.register(told::add));
        try {
            assertThat(broadcaster.listenerCount(officer3)).isPositive();
            transactions.executeWithoutResult(status -> {
                service.notify(officer3, general(marker()));
                status.setRollbackOnly();
            });
            assertThat(told.poll(300, TimeUnit.MILLISECONDS))
                    .as("nothing told after a rollback")
                    .isNull();

            transactions.executeWithoutResult(status -> {
                service.notify(officer3, general(marker()));
                assertThat(told).as("nothing told before the commit").isEmpty();
            });
            Long unread = told.poll(5, TimeUnit.SECONDS);
            assertThat(unread).isEqualTo(as("officer3", service::unreadCount));
        } finally {
            int listening = broadcaster.listenerCount(officer3);
            registration.remove();
            assertThat(broadcaster.listenerCount(officer3)).isEqualTo(listening - 1);
        }
    }

    @Test
    void aUnitNoticeReachesItsMembersAndARoleNoticeItsHolders() {
        String unitMarker = marker();
        String roleMarker = marker();

        int toUnit = service.notifyUnit(unitId("INVEST_1"), general(unitMarker));
        int toLeaders = service.notifyRole(Role.LEADER, general(roleMarker));

        assertThat(toUnit).isGreaterThanOrEqualTo(2);
        assertThat(as("officer1", () -> mine(unitMarker))).isPresent();
        assertThat(as("officer4", () -> mine(unitMarker))).isPresent();
        assertThat(as("officer2", () -> mine(unitMarker))).isEmpty();
        assertThat(toLeaders).isGreaterThanOrEqualTo(1);
        assertThat(as("leader", () -> mine(roleMarker))).isPresent();
        assertThat(as("officer1", () -> mine(roleMarker))).isEmpty();
    }

    @Test
    void sendingNeedsNoSignedInUserButReadingDoes() {
        SecurityContextHolder.clearContext();
        String marker = marker();

        assertThat(service.notify(userId("officer5"), NoticeType.GENERAL, "notice.message.text", List.of(marker), null))
                .isTrue();

        assertThat(as("officer5", () -> mine(marker))).isPresent();
        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aTargetMustBeARouteInsideThePortalAndTheRecipientMustExist() {
        NoticeMessage message = general(marker());
        for (String bad : List.of("https://example.com", "javascript:alert(1)", "/leads/1", "//evil", "leads/1 x")) {
            assertThatThrownBy(() -> message.linkingTo(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(message.linkingTo("leads/42?tab=log").target()).isEqualTo("leads/42?tab=log");
        assertThatThrownBy(() -> service.notify(987_654_321L, message)).isInstanceOf(IllegalArgumentException.class);
    }
}
