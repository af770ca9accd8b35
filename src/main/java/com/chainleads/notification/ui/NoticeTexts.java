package com.chainleads.notification.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How a notification reads and looks: its sentence in the reader's language, its time and its icon. */
final class NoticeTexts {

    private NoticeTexts() {}

    /** The notification's sentence for a reader in {@code locale} (the locale of {@code component}'s UI). */
    static String text(Component component, Locale locale, NoticeRow row) {
        Object[] args = row.argValues(locale, component::getTranslation);
        return component.getTranslation(row.messageKey(), args);
    }

    /** "刚刚", "5 分钟前", "3 小时前", else the date and time. */
    static String when(Component component, Instant at, Instant now) {
        Duration age = Duration.between(at, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return component.getTranslation("notice.time.justNow");
        }
        if (age.toMinutes() < 60) {
            return component.getTranslation("notice.time.minutesAgo", age.toMinutes());
        }
        if (age.toHours() < 24) {
            return component.getTranslation("notice.time.hoursAgo", age.toHours());
        }
        return Formats.dateTime(at);
    }

    static VaadinIcon icon(NoticeType type) {
        return switch (type) {
            case CLAIM_FILED -> VaadinIcon.FLAG;
            case CLAIM_RULED -> VaadinIcon.GAVEL;
            case LEAD_HANDED_OVER -> VaadinIcon.EXCHANGE;
            case FIRST_REPORT_EXPIRED -> VaadinIcon.HOURGLASS_END;
            case FOLLOW_UP_OVERDUE -> VaadinIcon.ALARM;
            case FOLLOW_UP_STALE -> VaadinIcon.CLOCK;
            case SCREENING_OVERDUE -> VaadinIcon.SEARCH;
            case IMPORT_FINISHED -> VaadinIcon.UPLOAD;
            case CERTIFICATE_EXPIRING -> VaadinIcon.DIPLOMA;
            case ISSUE_OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE;
            case GENERAL -> VaadinIcon.INFO_CIRCLE;
        };
    }

    /** Goes to a notification's target, a route with an optional query string such as "leads?stage=SIGNED". */
    static void navigate(UI ui, String target) {
        int question = target.indexOf('?');
        if (question < 0) {
            ui.navigate(target);
        } else {
            ui.navigate(target.substring(0, question), QueryParameters.fromString(target.substring(question + 1)));
        }
    }

    /** The badge's text: the count, or "99+". */
    static String badge(long unread) {
        return unread > 99 ? "99+" : Long.toString(unread);
    }
}
