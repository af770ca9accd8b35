package com.chainleads.notification.domain;

import com.chainleads.security.domain.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** One user's notifications, filtered, in the order of the pageable (newest first is the service's). */
    @Query("""
            select n from Notice n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (:type is null or n.type = :type)""")
    List<Notice> findForRecipient(long recipientId, boolean unreadOnly, @Nullable NoticeType type, Pageable pageable);

    @Query("""
            select count(n) from Notice n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (:type is null or n.type = :type)""")
    long countForRecipient(long recipientId, boolean unreadOnly, @Nullable NoticeType type);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    boolean existsByRecipientIdAndDedupKey(long recipientId, String dedupKey);

    boolean existsByIdAndRecipientId(long id, long recipientId);

    @Modifying(flushAutomatically = true)
    @Query("""
            update Notice n set n.readAt = :readAt, n.version = n.version + 1
            where n.id = :id and n.recipientId = :recipientId and n.readAt is null""")
    int markRead(long id, long recipientId, Instant readAt);

    @Modifying(flushAutomatically = true)
    @Query("""
            update Notice n set n.readAt = :readAt, n.version = n.version + 1
            where n.recipientId = :recipientId and n.readAt is null""")
    int markAllRead(long recipientId, Instant readAt);

    /** The users who receive a notice sent to a unit: its enabled members. */
    @Query("select u.id from AppUser u where u.unit.id = :unitId and u.enabled = true order by u.id")
    List<Long> findEnabledUserIdsOfUnit(long unitId);

    /** The users who receive a notice sent to a role: its enabled holders. */
    @Query("select u.id from AppUser u where u.role = :role and u.enabled = true order by u.id")
    List<Long> findEnabledUserIdsWithRole(Role role);
}
