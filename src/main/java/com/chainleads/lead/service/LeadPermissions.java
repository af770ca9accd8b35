package com.chainleads.lead.service;

/** What the current user may do with one lead; the service enforces the same rules on every call. */
public record LeadPermissions(boolean canEdit, boolean canChangeStage, boolean canFollowUp, boolean canHandOver,
        boolean canComment, boolean canDelete) {
}
