package com.chainleads.lead.service;

import com.chainleads.lead.domain.FollowUpMethod;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an officer enters for a follow-up (跟进记录). */
public class FollowUpDraft {

    private @Nullable LocalDate followUpOn;
    private @Nullable FollowUpMethod method;
    private String peopleMet = "";
    private String content = "";
    private String nextStep = "";
    private @Nullable LocalDate nextFollowUpOn;

    public @Nullable LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(@Nullable LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public @Nullable FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(@Nullable FollowUpMethod method) {
        this.method = method;
    }

    public String getPeopleMet() {
        return peopleMet;
    }

    public void setPeopleMet(String peopleMet) {
        this.peopleMet = peopleMet;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public @Nullable LocalDate getNextFollowUpOn() {
        return nextFollowUpOn;
    }

    public void setNextFollowUpOn(@Nullable LocalDate nextFollowUpOn) {
        this.nextFollowUpOn = nextFollowUpOn;
    }

    /** An independent copy. */
    public FollowUpDraft copy() {
        FollowUpDraft copy = new FollowUpDraft();
        copy.followUpOn = followUpOn;
        copy.method = method;
        copy.peopleMet = peopleMet;
        copy.content = content;
        copy.nextStep = nextStep;
        copy.nextFollowUpOn = nextFollowUpOn;
        return copy;
    }
}
