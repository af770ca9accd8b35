package com.chainleads.chain.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the district's five industry sectors (智能制造, 电子信息, 新材料, 生物医药, 文旅文创). */
@Entity
@Table(name = "sector")
public class Sector extends AbstractEntity implements LocalizedName {

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Sector() {}

    public Sector(String code, String nameZh, String nameEn, int sortOrder) {
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
}
