package com.chainleads.lead.service;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ThreeWayMerge.Field;
import java.util.List;

/** The fields of a {@link FollowUpDraft}, by the names of the form and its messages: what a merge compares. */
public final class FollowUpDraftFields {

    public static final List<Field<FollowUpDraft>> EDITABLE = List.of(
            Field.of("followUpOn", FollowUpDraft::getFollowUpOn, FollowUpDraft::setFollowUpOn),
            Field.of("method", FollowUpDraft::getMethod, FollowUpDraft::setMethod),
            Field.of("peopleMet", FollowUpDraft::getPeopleMet, FollowUpDraft::setPeopleMet),
            Field.of("content", FollowUpDraft::getContent, FollowUpDraft::setContent),
            Field.of("nextStep", FollowUpDraft::getNextStep, FollowUpDraft::setNextStep),
            Field.of("nextFollowUpOn", FollowUpDraft::getNextFollowUpOn, FollowUpDraft::setNextFollowUpOn));

    private FollowUpDraftFields() {}

    /** Merges what the user typed with what is stored now, both made from what the user loaded. */
    public static ThreeWayMerge.Result<FollowUpDraft> merge(
            FollowUpDraft loaded, FollowUpDraft typed, FollowUpDraft stored) {
        return ThreeWayMerge.merge(EDITABLE, loaded, typed, stored, FollowUpDraft::copy);
    }

    /** The draft of a stored follow-up, as its form loads it. */
    public static FollowUpDraft of(FollowUpRow row) {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setFollowUpOn(row.followUpOn());
        draft.setMethod(row.method());
        draft.setPeopleMet(java.util.Objects.requireNonNullElse(row.peopleMet(), ""));
        draft.setContent(row.content());
        draft.setNextStep(java.util.Objects.requireNonNullElse(row.nextStep(), ""));
        draft.setNextFollowUpOn(row.nextFollowUpOn());
        return draft;
    }
}
