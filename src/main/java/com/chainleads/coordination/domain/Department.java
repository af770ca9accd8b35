package com.chainleads.coordination.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A responsible department (责任单位) — a bureau of the district or a utility — that a coordination issue is assigned
 * to. Reference data: administrators add and rename departments; one that issues name is deactivated, never deleted.
 */
@Entity
@Table(name = "department")
public class Department extends AbstractEntity implements LocalizedName {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME_ZH = 60;
    public static final int MAX_NAME_EN = 100;

    @Column(name = "code", nullable = false, length = MAX_CODE, unique = true, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = MAX_NAME_ZH)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = MAX_NAME_EN)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Department() {}

    public Department(String code, String nameZh, String nameEn, int sortOrder) {
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

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
