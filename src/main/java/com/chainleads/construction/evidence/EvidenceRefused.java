package com.chainleads.construction.evidence;

import com.chainleads.base.domain.BusinessRuleException;

/** An uploaded file the server will not keep (its type, its size, an unreadable image); the message says why. */
public class EvidenceRefused extends BusinessRuleException {

    public EvidenceRefused(String messageKey, Object... args) {
        super("evidence", messageKey, args);
    }
}
