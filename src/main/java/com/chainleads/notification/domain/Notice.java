package com.chainleads.notification.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notification (站内通知) for one user: what happened, as a translation key with arguments so it reads in the
 * recipient's language, where to go to act on it, and whether it has been read. A dedup key, when given, is
 * unique per recipient, so a daily reminder job can send "lead X is overdue" at most once a day.
 */
@Entity
@Table(name = "notice")
public class Notice extends AbstractEntity {

    public static final int MAX_KEY_LENGTH = 150;
    public static final int MAX_ARGS_LENGTH = 2000;
    public static final int MAX_TARGET_LENGTH = 255;
    public static final int MAX_DEDUP_KEY_LENGTH = 190;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeType type;

    @Column(name = "message_key", nullable = false, length = MAX_KEY_LENGTH)
    private String messageKey;

    @Convert(converter = NoticeArgsConverter.class)
    @Column(name = "message_args", nullable = false, length = MAX_ARGS_LENGTH)
    private List<NoticeArg> args;

    @Column(length = MAX_TARGET_LENGTH)
    private @Nullable String target;

    @Column(name = "dedup_key", length = MAX_DEDUP_KEY_LENGTH)
    private @Nullable String dedupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notice() {}

    public Notice(
            long recipientId,
            NoticeType type,
            String messageKey,
            List<NoticeArg> args,
            @Nullable String target,
            @Nullable String dedupKey,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.type = type;
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.target = target;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NoticeType getType() {
        return type;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<NoticeArg> getArgs() {
        return args;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public @Nullable String getDedupKey() {
        return dedupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
