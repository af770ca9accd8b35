package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A tier an enterprise holds or held: 科技型中小企业 入库 for a year, 高新技术企业 recognised for three years … from
 * {@code grantedOn} to {@code validUntil}, both days included.
 */
@Entity
@Table(name = "enterprise_tier")
public class TierHolding extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private LocalEnterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 20)
    private CultivationTier tier;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "certificate_no", length = 60)
    private @Nullable String certificateNo;

    /** A later certificate of the same tier exists; kept by the ladder's read model, never written here. */
    @Column(name = "renewed", insertable = false, updatable = false)
    private boolean renewed;

    protected TierHolding() {}

    public TierHolding(
            LocalEnterprise enterprise,
            CultivationTier tier,
            LocalDate grantedOn,
            LocalDate validUntil,
            @Nullable String certificateNo) {
        this.enterprise = enterprise;
        this.tier = tier;
        this.grantedOn = grantedOn;
        this.validUntil = validUntil;
        this.certificateNo = certificateNo;
    }

    /** Held on that day: granted by then and not yet expired. */
    public boolean heldOn(LocalDate day) {
        return !grantedOn.isAfter(day) && !validUntil.isBefore(day);
    }

    public LocalEnterprise getEnterprise() {
        return enterprise;
    }

    public CultivationTier getTier() {
        return tier;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public @Nullable String getCertificateNo() {
        return certificateNo;
    }
}
