package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the raise / edit form holds: type, department, deadline, description. */
public class IssueDraft {

    private @Nullable IssueType type;
    private @Nullable Long departmentId;
    private @Nullable LocalDate deadline;
    private String description = "";

    public IssueDraft() {}

    public IssueDraft(
            @Nullable IssueType type, @Nullable Long departmentId, @Nullable LocalDate deadline, String description) {
        this.type = type;
        this.departmentId = departmentId;
        this.deadline = deadline;
        this.description = description;
    }

    public @Nullable IssueType getType() {
        return type;
    }

    public void setType(@Nullable IssueType type) {
        this.type = type;
    }

    public @Nullable Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable Long departmentId) {
        this.departmentId = departmentId;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }
}
