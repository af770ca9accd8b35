package com.chainleads.construction.service;

import com.chainleads.construction.domain.EvidenceType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One evidence file of a milestone: served at {@code /construction/evidence/<id>} (and {@code /thumbnail}). */
public record EvidenceRow(
        long id,
        long version,
        EvidenceType type,
        String fileName,
        long sizeBytes,
        String uploadedByName,
        Instant uploadedAt,
        @Nullable Instant capturedAt) {

    public boolean isImage() {
        return type.isImage();
    }
}
