package com.chainleads.notification.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.notification.domain.Notice;
import com.chainleads.notification.domain.NoticeArgsConverter;
import com.chainleads.notification.domain.NoticeRepository;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: other features send them, each user reads and marks their own.
 *
 * <p><b>Sending</b> ({@code notify…}) is meant to be called by other features' services <em>inside their own
 * transaction</em>: it joins it, so if the caller rolls back, no notification exists and nobody is told. The
 * recipients' open pages update only after that transaction commits (see {@link NoticeBroadcaster}). Sending
 * needs no signed-in user, so scheduled jobs can send too.
 *
 * <p><b>Reading</b> is always about the signed-in user's own notifications: nobody sees or marks another's.
 */
@Service
@Transactional
public class NotificationService {

    /** How many notifications the bell's panel shows. */
    public static final int LATEST = 8;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private static final NoticeArgsConverter ARGS = new NoticeArgsConverter();

    private final NoticeRepository notices;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(
            NoticeRepository notices,
            AppUserRepository users,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.notices = notices;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    // ---- sending: called by other features, in their transactions -------------------------------------------

    /**
     * Tells one user. Returns {@code false} when the message has a dedup key this user already received (nothing
     * is sent then), else {@code true}.
     *
     * @throws IllegalArgumentException when there is no such user, or the arguments are too long to store
     */
    @PermitAll
    public boolean notify(long recipientId, NoticeMessage message) {
        if (!users.existsById(recipientId)) {
            throw new IllegalArgumentException("No user with id " + recipientId + " to notify");
        }
        String dedupKey = message.dedupKey();
        if (dedupKey != null && notices.existsByRecipientIdAndDedupKey(recipientId, dedupKey)) {
            return false;
        }
        if (ARGS.convertToDatabaseColumn(message.args()).length() > Notice.MAX_ARGS_LENGTH) {
            throw new IllegalArgumentException("The arguments of notice '" + message.messageKey() + "' are too long");
        }
        // a concurrent sender with the same dedup key fails here on the unique key (recipient_id, dedup_key)
        notices.save(new Notice(
                recipientId,
                message.type(),
                message.messageKey(),
                message.args(),
                message.target(),
                dedupKey,
                clock.instant()));
        events.publishEvent(new NoticesChanged(recipientId));
        return true;
    }

    /** Tells one user; the short form of {@link #notify(long, NoticeMessage)} without dedup key. */
    @PermitAll
    public boolean notify(long recipientId, NoticeType type, String messageKey, List<?> args, @Nullable String target) {
        return notify(
                recipientId, NoticeMessage.of(type, messageKey, args.toArray()).linkingTo(target));
    }

    /** Tells each of the given users once (duplicates in the collection are ignored); returns how many were told. */
    @PermitAll
    public int notifyAll(Collection<Long> recipientIds, NoticeMessage message) {
        int sent = 0;
        for (long recipientId : new LinkedHashSet<>(recipientIds)) {
            if (notify(recipientId, message)) {
                sent++;
            }
        }
        return sent;
    }

    /** Tells every enabled member of a unit (责任科室); returns how many were told. */
    @PermitAll
    public int notifyUnit(long unitId, NoticeMessage message) {
        return notifyAll(notices.findEnabledUserIdsOfUnit(unitId), message);
    }

    /** Tells every enabled user with the role, e.g. all leaders when a claim needs a ruling. */
    @PermitAll
    public int notifyRole(Role role, NoticeMessage message) {
        return notifyAll(notices.findEnabledUserIdsWithRole(role), message);
    }

    // ---- reading: the signed-in user's own notifications --------------------------------------------------

    /** A page of my notifications, newest first (the pageable's sort is ignored). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeRow> myNotices(NoticeFilter filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return notices.findForRecipient(me(), filter.unreadOnly(), filter.type(), newestFirst).stream()
                .map(NotificationService::toRow)
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countMyNotices(NoticeFilter filter) {
        return notices.countForRecipient(me(), filter.unreadOnly(), filter.type());
    }

    /** My newest notifications, read or not, for the bell's panel. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeRow> latest(int limit) {
        return myNotices(NoticeFilter.ALL, PageRequest.of(0, Math.max(1, limit)));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.countByRecipientIdAndReadAtIsNull(me());
    }

    /**
     * Marks one of my notifications read (again is harmless).
     *
     * @throws BusinessRuleException when it does not exist or is someone else's — the same answer for both
     */
    @PermitAll
    public void markRead(long noticeId) {
        long me = me();
        if (notices.markRead(noticeId, me, clock.instant()) > 0) {
            events.publishEvent(new NoticesChanged(me));
        } else if (!notices.existsByIdAndRecipientId(noticeId, me)) {
            throw new BusinessRuleException("notice.error.notFound");
        }
    }

    /** Marks all my notifications read; returns how many were unread. */
    @PermitAll
    public int markAllRead() {
        long me = me();
        int marked = notices.markAllRead(me, clock.instant());
        if (marked > 0) {
            events.publishEvent(new NoticesChanged(me));
        }
        return marked;
    }

    private long me() {
        return currentUser.require().userId();
    }

    static NoticeRow toRow(Notice notice) {
        return new NoticeRow(
                notice.getId(),
                notice.getType(),
                notice.getMessageKey(),
                notice.getArgs(),
                notice.getTarget(),
                notice.getCreatedAt(),
                notice.getReadAt());
    }
}
