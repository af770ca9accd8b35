package com.chainleads.chain.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise already in the district (本地企业). Where it sits on the chains — its links — decides whether a
 * link is strong, weak or missing.
 */
@Entity
@Table(name = "local_enterprise")
public class LocalEnterprise extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = CreditCodeAttributeConverter.class)
    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private CreditCode creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "cultivation_tier", length = 20)
    private @Nullable CultivationTier cultivationTier;

    @Column(name = "annual_output_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal annualOutputWan;

    @Column(name = "jobs")
    private @Nullable Integer jobs;

    /** The sector the enterprise is counted in (the ladder per sector); its links may reach into others. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private @Nullable Sector sector;

    /** 规上工业企业: an industrial enterprise above the designated size. */
    @Column(name = "above_scale", nullable = false)
    private boolean aboveScale;

    /** The officer who serves the firm (服务专员): its certificate reminders go to them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_officer_id")
    private @Nullable AppUser responsibleOfficer;

    @ManyToMany
    @JoinTable(
            name = "local_enterprise_link",
            joinColumns = @JoinColumn(name = "enterprise_id"),
            inverseJoinColumns = @JoinColumn(name = "chain_link_id"))
    private Set<ChainLink> links = new HashSet<>();

    protected LocalEnterprise() {}

    public LocalEnterprise(String name, CreditCode creditCode) {
        this.name = name;
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(CreditCode creditCode) {
        this.creditCode = creditCode;
    }

    public @Nullable CultivationTier getCultivationTier() {
        return cultivationTier;
    }

    public void setCultivationTier(@Nullable CultivationTier cultivationTier) {
        this.cultivationTier = cultivationTier;
    }

    public @Nullable BigDecimal getAnnualOutputWan() {
        return annualOutputWan;
    }

    public void setAnnualOutputWan(@Nullable BigDecimal annualOutputWan) {
        this.annualOutputWan = annualOutputWan;
    }

    public @Nullable Integer getJobs() {
        return jobs;
    }

    public void setJobs(@Nullable Integer jobs) {
        this.jobs = jobs;
    }

    public @Nullable Sector getSector() {
        return sector;
    }

    public void setSector(@Nullable Sector sector) {
        this.sector = sector;
    }

    public boolean isAboveScale() {
        return aboveScale;
    }

    public void setAboveScale(boolean aboveScale) {
        this.aboveScale = aboveScale;
    }

    public @Nullable AppUser getResponsibleOfficer() {
        return responsibleOfficer;
    }

    public void setResponsibleOfficer(@Nullable AppUser responsibleOfficer) {
        this.responsibleOfficer = responsibleOfficer;
    }

    public Set<ChainLink> getLinks() {
        return links;
    }

    public void setLinks(Set<ChainLink> links) {
        this.links = new HashSet<>(links);
    }
}
