package com.chainleads.base.domain;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused an operation. Carries a translation key (and its arguments) instead of a
 * ready sentence, so each user reads it in their own language; {@link #field()} names the form field it
 * belongs to, when there is one.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;
    private final @Nullable String field;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public BusinessRuleException(@Nullable String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
