package com.chainleads.lead.service;

import java.time.Instant;

/** A leader's comment (批示) on a lead. */
public record CommentRow(long id, String authorName, Instant createdAt, String content) {}
