package com.chainleads.security.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A unit of the bureau (责任科室), e.g. 招商一科. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends AbstractEntity implements LocalizedName {

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected OrgUnit() {}

    public OrgUnit(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
