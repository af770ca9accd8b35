package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.LocalizedName;
import com.chainleads.lead.domain.LeadStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One kind of milestone of a construction plan (注册, 开工 …), reference data an administrator adjusts: its names
 * in both languages, its place in the plan, and the lead stage reaching it moves the lead to (开工 → 开工 stage).
 * A kind in use is deactivated, never deleted: old plans keep it, new plans no longer offer it.
 */
@Entity
@Table(name = "milestone_kind")
public class MilestoneKind extends AbstractEntity implements LocalizedName {

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code = "";

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_stage", length = 30)
    private @Nullable LeadStage leadStage;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected MilestoneKind() {}

    public MilestoneKind(String code, String nameZh, String nameEn, int sortOrder, @Nullable LeadStage leadStage) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.leadStage = leadStage;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public @Nullable LeadStage getLeadStage() {
        return leadStage;
    }

    public void setLeadStage(@Nullable LeadStage leadStage) {
        this.leadStage = leadStage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
