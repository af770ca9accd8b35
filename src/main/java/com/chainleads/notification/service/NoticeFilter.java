package com.chainleads.notification.service;

import com.chainleads.notification.domain.NoticeType;
import org.jspecify.annotations.Nullable;

/** Which of my notifications to list: all or only the unread ones, optionally of one type. */
public record NoticeFilter(boolean unreadOnly, @Nullable NoticeType type) {

    public static final NoticeFilter ALL = new NoticeFilter(false, null);
    public static final NoticeFilter UNREAD = new NoticeFilter(true, null);

    public NoticeFilter withUnreadOnly(boolean unread) {
        return new NoticeFilter(unread, type);
    }

    public NoticeFilter withType(@Nullable NoticeType newType) {
        return new NoticeFilter(unreadOnly, newType);
    }
}
