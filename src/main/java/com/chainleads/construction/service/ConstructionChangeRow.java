package com.chainleads.construction.service;

import com.chainleads.construction.domain.ConstructionAuditEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project's construction change log. {@code item} is language-neutral: a milestone kind's code and a
 * field ({@code GROUNDBREAKING.actualOn}), or a month and a figure ({@code 2026-05.completed}).
 */
public record ConstructionChangeRow(
        Instant occurredAt,
        String actorName,
        ConstructionAuditEntry.Subject subject,
        ConstructionAuditEntry.Action action,
        String item,
        @Nullable String oldValue,
        @Nullable String newValue) {}
