package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueStatus;
import org.jspecify.annotations.Nullable;

/** What the progress form holds: the status to move to (or the current one, to update the reply) and the reply. */
public class ProgressDraft {

    private @Nullable IssueStatus status;
    private String reply = "";

    public ProgressDraft() {}

    public ProgressDraft(@Nullable IssueStatus status, @Nullable String reply) {
        this.status = status;
        this.reply = reply == null ? "" : reply;
    }

    public @Nullable IssueStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable IssueStatus status) {
        this.status = status;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(@Nullable String reply) {
        this.reply = reply == null ? "" : reply;
    }
}
