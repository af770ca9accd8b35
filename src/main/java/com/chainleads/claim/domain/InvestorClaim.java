package com.chainleads.claim.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.lead.domain.Lead;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
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
 * A 撞单 claim (撞单申报): an officer registered a lead although another unit had first reported its investor,
 * and says why. A leader rules on it — the first reporter keeps the investor, it is transferred, or both share
 * the credit — unless the first report's protection had lapsed, in which case the claim was granted at once
 * ({@link #getGrantedBecause()}). The units are kept as they were when the claim was filed; the leads may be
 * handed over later.
 */
@Entity
@Table(name = "investor_claim")
public class InvestorClaim extends AbstractEntity {

    public static final int MAX_REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_lead_id", nullable = false, updatable = false)
    private Lead claimLead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_lead_id", nullable = false, updatable = false)
    private Lead firstLead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claimant_unit_id", nullable = false, updatable = false)
    private OrgUnit claimantUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_unit_id", nullable = false, updatable = false)
    private OrgUnit firstUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_reason", nullable = false, length = 40, updatable = false)
    private MatchReason matchReason;

    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filed_by", nullable = false, updatable = false)
    private AppUser filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private @Nullable ClaimOutcome outcome;

    /** SHARE only: the claimant's unit's share of the credit, 1 to 99; the first unit has the rest. */
    @Column(name = "claimant_percent")
    private @Nullable Integer claimantPercent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ruled_by")
    private @Nullable AppUser ruledBy;

    @Column(name = "ruled_at")
    private @Nullable Instant ruledAt;

    @Column(name = "ruling_reason", length = MAX_REASON_LENGTH)
    private @Nullable String rulingReason;

    /** Set when the claim was granted without a ruling: why the first report no longer protected the investor. */
    @Enumerated(EnumType.STRING)
    @Column(name = "granted_because", length = 20)
    private @Nullable ProtectionState grantedBecause;

    protected InvestorClaim() {}

    public InvestorClaim(
            Lead claimLead, Lead firstLead, MatchReason matchReason, String reason, AppUser filedBy, Instant filedAt) {
        this.claimLead = claimLead;
        this.firstLead = firstLead;
        this.claimantUnit = claimLead.getUnit();
        this.firstUnit = firstLead.getUnit();
        this.matchReason = matchReason;
        this.reason = reason;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    /** A leader's ruling. */
    public void rule(
            ClaimOutcome ruling, @Nullable Integer percentForClaimant, String why, AppUser leader, Instant at) {
        requirePending();
        this.status = ClaimStatus.RULED;
        this.outcome = ruling;
        this.claimantPercent = ruling == ClaimOutcome.SHARE ? percentForClaimant : null;
        this.rulingReason = why;
        this.ruledBy = leader;
        this.ruledAt = at;
    }

    /** Granted by the first-report rule: the investor goes to the claimant, no leader involved. */
    public void grant(ProtectionState because, Instant at) {
        requirePending();
        if (!because.lapsed()) {
            throw new IllegalArgumentException("A protected first report is not granted away: " + because);
        }
        this.status = ClaimStatus.RULED;
        this.outcome = ClaimOutcome.TRANSFER;
        this.grantedBecause = because;
        this.ruledAt = at;
    }

    private void requirePending() {
        if (status != ClaimStatus.PENDING) {
            throw new IllegalStateException("Claim " + getId() + " is settled already");
        }
    }

    public boolean isPending() {
        return status == ClaimStatus.PENDING;
    }

    public Lead getClaimLead() {
        return claimLead;
    }

    public Lead getFirstLead() {
        return firstLead;
    }

    public OrgUnit getClaimantUnit() {
        return claimantUnit;
    }

    public OrgUnit getFirstUnit() {
        return firstUnit;
    }

    public MatchReason getMatchReason() {
        return matchReason;
    }

    public String getReason() {
        return reason;
    }

    public AppUser getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public @Nullable ClaimOutcome getOutcome() {
        return outcome;
    }

    public @Nullable Integer getClaimantPercent() {
        return claimantPercent;
    }

    public @Nullable AppUser getRuledBy() {
        return ruledBy;
    }

    public @Nullable Instant getRuledAt() {
        return ruledAt;
    }

    public @Nullable String getRulingReason() {
        return rulingReason;
    }

    public @Nullable ProtectionState getGrantedBecause() {
        return grantedBecause;
    }
}
