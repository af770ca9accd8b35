package com.chainleads.lead.domain;

/** Which kind of record an audit entry is about. */
public enum AuditSubject {
    LEAD,
    FOLLOW_UP,
    COMMENT;

    public String translationKey() {
        return "lead.audit.subject." + name();
    }
}
