package com.chainleads.construction.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the milestone form sends: the kind, the row and version it was read from (none for a kind without a row
 * yet), the dates, the note and the files uploaded with it.
 */
public record MilestoneDraft(
        long kindId,
        @Nullable Long milestoneId,
        long version,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate actualOn,
        @Nullable String note,
        List<NewEvidence> files) {}
