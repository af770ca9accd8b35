package com.chainleads.claim.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.lead.domain.Lead;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One unit's share of the credit (业绩) for a lead that two units share by a 撞单 ruling: the shares of a lead
 * add up to 100 percent. For the cockpit, which counts a shared lead's figures to each unit by its share; a lead
 * without shares counts wholly to its own unit.
 */
@Entity
@Table(name = "lead_credit_share")
public class CreditShare extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false, updatable = false)
    private Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    /** The officer credited for the unit (the owner of the unit's lead when the ruling was made). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id", updatable = false)
    private @Nullable AppUser officer;

    @Column(name = "share_percent", nullable = false, updatable = false)
    private int percent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private InvestorClaim claim;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CreditShare() {}

    public CreditShare(
            Lead lead, OrgUnit unit, @Nullable AppUser officer, int percent, InvestorClaim claim, Instant createdAt) {
        if (percent < 1 || percent > 99) {
            throw new IllegalArgumentException("A share is 1 to 99 percent: " + percent);
        }
        this.lead = lead;
        this.unit = unit;
        this.officer = officer;
        this.percent = percent;
        this.claim = claim;
        this.createdAt = createdAt;
    }

    public Lead getLead() {
        return lead;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public @Nullable AppUser getOfficer() {
        return officer;
    }

    public int getPercent() {
        return percent;
    }

    public InvestorClaim getClaim() {
        return claim;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
