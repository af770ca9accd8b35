package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueEventKind;
import com.chainleads.coordination.domain.IssueStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an issue's history. */
public record IssueHistoryRow(
        IssueEventKind kind,
        @Nullable IssueStatus fromStatus,
        IssueStatus toStatus,
        @Nullable String note,
        String byName,
        Instant at) {}
