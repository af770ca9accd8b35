package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Which units' leads the signed-in user sees, for features that keep rows about leads in tables of their own
 * (e.g. the coordination issues of signed projects) and filter their lists the same way: the rule itself stays
 * {@link LeadAccess}'s, written once.
 */
@Service
@PermitAll
public class LeadVisibility {

    private final CurrentUser currentUser;

    LeadVisibility(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * @param allUnits the caller sees every unit's leads (leaders, administrators)
     * @param unitId   otherwise the one unit whose leads they see (officers), {@code null} when they see none
     */
    public record Scope(boolean allUnits, @Nullable Long unitId) {

        public boolean seesNothing() {
            return !allUnits && unitId == null;
        }
    }

    public Scope ofCaller() {
        Long unit = LeadAccess.visibleUnit(currentUser.require());
        if (unit == null) {
            return new Scope(true, null);
        }
        return Objects.equals(unit, LeadCriteria.NO_MATCH) ? new Scope(false, null) : new Scope(false, unit);
    }
}
