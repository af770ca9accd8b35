package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A handover (移交) of a lead to another officer or unit; the lead keeps its whole history. */
@Entity
@Immutable
@Table(name = "lead_handover")
public class LeadHandover extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false)
    private Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_owner_id", nullable = false)
    private AppUser fromOwner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_owner_id", nullable = false)
    private AppUser toOwner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_unit_id", nullable = false)
    private OrgUnit fromUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_unit_id", nullable = false)
    private OrgUnit toUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handed_over_by", nullable = false)
    private AppUser handedOverBy;

    @Column(name = "handed_over_at", nullable = false)
    private Instant handedOverAt;

    @Column(name = "reason", length = 500)
    private @Nullable String reason;

    protected LeadHandover() {}

    public LeadHandover(
            Lead lead,
            AppUser fromOwner,
            OrgUnit fromUnit,
            AppUser toOwner,
            OrgUnit toUnit,
            AppUser handedOverBy,
            Instant handedOverAt,
            @Nullable String reason) {
        this.lead = lead;
        this.fromOwner = fromOwner;
        this.fromUnit = fromUnit;
        this.toOwner = toOwner;
        this.toUnit = toUnit;
        this.handedOverBy = handedOverBy;
        this.handedOverAt = handedOverAt;
        this.reason = reason;
    }

    public Lead getLead() {
        return lead;
    }

    public AppUser getFromOwner() {
        return fromOwner;
    }

    public AppUser getToOwner() {
        return toOwner;
    }

    public OrgUnit getFromUnit() {
        return fromUnit;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public AppUser getHandedOverBy() {
        return handedOverBy;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
