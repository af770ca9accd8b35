package com.chainleads.base.domain;

/** The record does not exist, or the caller may not see it — the two answer the same, on purpose. */
public class RecordNotFoundException extends BusinessRuleException {

    public RecordNotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
