package com.chainleads.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Puts a message the server returned (a refused rule naming a field) at that field of a form. */
public final class FieldErrors {

    private FieldErrors() {}

    /**
     * Marks the named field invalid with the message.
     *
     * @param fields the form's fields by the names the services use
     * @return {@code false} when the form has no such field, so the caller shows the message elsewhere
     */
    public static boolean show(Map<String, ? extends HasValidation> fields, @Nullable String field, String message) {
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
