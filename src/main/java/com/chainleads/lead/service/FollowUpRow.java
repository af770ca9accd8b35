package com.chainleads.lead.service;

import com.chainleads.lead.domain.FollowUpMethod;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follow-up as listed on the lead's page. */
public record FollowUpRow(
        long id,
        long version,
        LocalDate followUpOn,
        FollowUpMethod method,
        @Nullable String peopleMet,
        String content,
        @Nullable String nextStep,
        @Nullable LocalDate nextFollowUpOn,
        String authorName,
        Instant createdAt) {}
