package com.chainleads.testsupport;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;

/** The texts of the notifications open in the current UI, newest last. */
public final class Notices {

    private Notices() {}

    public static List<String> texts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", ""))
                .toList();
    }

    public static void clear() {
        NotificationsKt.clearNotifications();
    }
}
