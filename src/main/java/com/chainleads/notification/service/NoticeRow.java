package com.chainleads.notification.service;

import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A notification as the bell and the list show it. */
public record NoticeRow(
        long id,
        NoticeType type,
        String messageKey,
        List<NoticeArg> args,
        @Nullable String target,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The arguments for the message pattern, as a reader in {@code locale} sees them. */
    public Object[] argValues(Locale locale, Function<String, String> translate) {
        return args.stream().map(arg -> arg.value(locale, translate)).toArray();
    }
}
