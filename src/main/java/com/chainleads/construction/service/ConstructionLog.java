package com.chainleads.construction.service;

import com.chainleads.construction.domain.ConstructionAuditEntry;
import com.chainleads.construction.domain.ConstructionAuditEntry.Action;
import com.chainleads.construction.domain.ConstructionAuditEntry.Subject;
import com.chainleads.construction.domain.ConstructionAuditRepository;
import com.chainleads.security.CurrentUser;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes the construction change log: one entry per changed value, who and when, old → new. */
@Component
class ConstructionLog {

    private final ConstructionAuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConstructionLog(ConstructionAuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records the change when the value changed (nothing when old and new are equal). */
    void changed(long leadId, Subject subject, String item, @Nullable Object oldValue, @Nullable Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        Action action = before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
        record(leadId, subject, action, item, before, after);
    }

    void record(
            long leadId,
            Subject subject,
            Action action,
            String item,
            @Nullable String oldValue,
            @Nullable String newValue) {
        entries.save(new ConstructionAuditEntry(
                leadId,
                subject,
                action,
                item,
                oldValue,
                newValue,
                currentUser.require().displayName(),
                clock.instant()));
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
