package com.chainleads.base.domain;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** One invalid field: its name (as in the form bean), a translation key and the key's arguments. */
public record FieldProblem(@Nullable String field, String messageKey, Object... args) {

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p
                && java.util.Objects.equals(field, p.field)
                && messageKey.equals(p.messageKey)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, messageKey) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + messageKey + (args.length == 0 ? "" : Arrays.toString(args));
    }
}
