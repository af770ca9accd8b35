package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.AbstractEntity;
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

/** An innovation platform (创新平台) an enterprise runs: 重点实验室, 企业技术中心 … at national, provincial or city level. */
@Entity
@Table(name = "innovation_platform")
public class InnovationPlatform extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private LocalEnterprise enterprise;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_type", nullable = false, length = 30)
    private PlatformType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_level", nullable = false, length = 12)
    private PlatformLevel level;

    @Column(name = "recognised_on")
    private @Nullable LocalDate recognisedOn;

    protected InnovationPlatform() {}

    public InnovationPlatform(
            LocalEnterprise enterprise,
            String name,
            PlatformType type,
            PlatformLevel level,
            @Nullable LocalDate recognisedOn) {
        this.enterprise = enterprise;
        this.name = name;
        this.type = type;
        this.level = level;
        this.recognisedOn = recognisedOn;
    }

    public LocalEnterprise getEnterprise() {
        return enterprise;
    }

    public String getName() {
        return name;
    }

    public PlatformType getType() {
        return type;
    }

    public PlatformLevel getLevel() {
        return level;
    }

    public @Nullable LocalDate getRecognisedOn() {
        return recognisedOn;
    }
}
