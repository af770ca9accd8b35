package com.chainleads.lead.service;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the current user may do with one lead, as a named set (see {@link LeadAccess#permissions}); the services
 * enforce the same rules on every call.
 */
public record LeadPermissions(Set<LeadPermission> granted) {

    public LeadPermissions {
        granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
    }

    public static LeadPermissions of(LeadPermission... permissions) {
        return new LeadPermissions(Set.of(permissions));
    }

    public boolean allows(LeadPermission permission) {
        return granted.contains(permission);
    }

    public boolean canEdit() {
        return allows(LeadPermission.EDIT);
    }

    public boolean canChangeStage() {
        return allows(LeadPermission.CHANGE_STAGE);
    }

    public boolean canFollowUp() {
        return allows(LeadPermission.FOLLOW_UP);
    }

    public boolean canHandOver() {
        return allows(LeadPermission.HAND_OVER);
    }

    public boolean canComment() {
        return allows(LeadPermission.COMMENT);
    }

    public boolean canDelete() {
        return allows(LeadPermission.DELETE);
    }
}
