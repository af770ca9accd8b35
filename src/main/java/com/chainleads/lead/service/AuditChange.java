package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/**
 * One field's change: {@code field} names the label ({@code lead.field.<field>}), {@code type} says how to
 * show the values — {@code text}, {@code money} (万元), {@code number}, {@code date}, {@code bool},
 * {@code enum:<key prefix>}, {@code enums:<key prefix>} (comma-separated codes) or {@code name} (Chinese and
 * English separated by {@link #NAME_SEPARATOR}).
 */
public record AuditChange(
        String field,
        String type,
        @Nullable String oldValue,
        @Nullable String newValue) {

    public static final String NAME_SEPARATOR = "\u001f";
}
