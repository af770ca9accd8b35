package com.chainleads.lead.domain;

/** What happened to an audited record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT;

    public String translationKey() {
        return "lead.audit.action." + name();
    }
}
