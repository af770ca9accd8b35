package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A photo or PDF proving a milestone. The row says what and whose it is; the bytes (an image re-encoded without
 * its metadata, and its thumbnail) live in the evidence store under the keys. The lead id is kept beside the
 * milestone so that every read checks the lead's visibility without loading the plan.
 */
@Entity
@Table(name = "milestone_evidence")
public class MilestoneEvidence extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private ProjectMilestone milestone;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10, updatable = false)
    private EvidenceType fileType;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 120, updatable = false)
    private String storageKey = "";

    @Column(name = "thumbnail_key", length = 120, updatable = false)
    private @Nullable String thumbnailKey;

    @Column(name = "captured_at", updatable = false)
    private @Nullable Instant capturedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false, updatable = false)
    private AppUser uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected MilestoneEvidence() {}

    public MilestoneEvidence(
            ProjectMilestone milestone,
            EvidenceType fileType,
            String fileName,
            long sizeBytes,
            String storageKey,
            @Nullable String thumbnailKey,
            @Nullable Instant capturedAt,
            AppUser uploadedBy,
            Instant uploadedAt) {
        this.milestone = milestone;
        this.leadId = milestone.getLeadId();
        this.fileType = fileType;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.capturedAt = capturedAt;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public ProjectMilestone getMilestone() {
        return milestone;
    }

    public long getLeadId() {
        return leadId;
    }

    public EvidenceType getFileType() {
        return fileType;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public @Nullable String getThumbnailKey() {
        return thumbnailKey;
    }

    public @Nullable Instant getCapturedAt() {
        return capturedAt;
    }

    public AppUser getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
