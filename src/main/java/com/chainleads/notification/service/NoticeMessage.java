package com.chainleads.notification.service;

import com.chainleads.notification.domain.Notice;
import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What to tell: the type, a translation key with its arguments (each reader sees it in their language), where
 * the notification leads to, and optionally a dedup key. Build it once and send it to one user, a unit or a role:
 * <pre>{@code
 * NoticeMessage.of(NoticeType.CLAIM_RULED, "practice.notice.claimRuled", lead.getNumber(), unit)
 *         .linkingTo("leads/" + lead.getId())
 *         .onceFor("claim-ruled:" + claim.getId());
 * }</pre>
 * Arguments go through {@link NoticeArg#of(Object)}: a unit or other {@code LocalizedName} shows in the reader's
 * language, {@link NoticeArg#translated(String)} for a label given by its key, numbers and dates as such, anything
 * else as text.
 *
 * @param target a route inside the portal, e.g. {@code "leads/42"} or {@code "leads?stage=SIGNED"}; no scheme,
 *               no leading slash
 * @param dedupKey unique per recipient: a second notification with the same key for the same user is not sent,
 *                 e.g. {@code "overdue:lead:42:2026-03-02"} for "at most one overdue reminder per lead and day"
 */
public record NoticeMessage(
        NoticeType type,
        String messageKey,
        List<NoticeArg> args,
        @Nullable String target,
        @Nullable String dedupKey) {

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9/_.\\-=&%,+]*)?");

    public NoticeMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageKey, "messageKey");
        if (messageKey.isBlank() || messageKey.length() > Notice.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A notice needs a translation key of at most " + Notice.MAX_KEY_LENGTH
                    + " characters: '" + messageKey + "'");
        }
        args = List.copyOf(args);
        if (target != null
                && (target.length() > Notice.MAX_TARGET_LENGTH
                        || !ROUTE.matcher(target).matches())) {
            throw new IllegalArgumentException(
                    "A notice's target is a route inside the portal, e.g. leads/42: '" + target + "'");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > Notice.MAX_DEDUP_KEY_LENGTH)) {
            throw new IllegalArgumentException(
                    "A dedup key has 1 to " + Notice.MAX_DEDUP_KEY_LENGTH + " characters: '" + dedupKey + "'");
        }
    }

    /** A message without target and dedup key; arguments as in {@link NoticeArg#of(Object)}. */
    public static NoticeMessage of(NoticeType type, String messageKey, Object... args) {
        return new NoticeMessage(
                type, messageKey, Arrays.stream(args).map(NoticeArg::of).toList(), null, null);
    }

    /** The same message leading to {@code route} (e.g. "leads/42") when clicked. */
    public NoticeMessage linkingTo(@Nullable String route) {
        return new NoticeMessage(type, messageKey, args, route, dedupKey);
    }

    /** The same message, sent at most once per recipient for {@code key}. */
    public NoticeMessage onceFor(String key) {
        return new NoticeMessage(type, messageKey, args, target, key);
    }
}
