package com.chainleads.chain.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A link (链节点) of a sector's industry chain, e.g. 精密减速器 upstream of 智能制造. */
@Entity
@Table(name = "chain_link")
public class ChainLink extends AbstractEntity implements LocalizedName {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id", nullable = false)
    private Sector sector;

    @Column(nullable = false, length = 60, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ChainTier tier;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ChainLink() {}

    public ChainLink(Sector sector, String code, String nameZh, String nameEn, ChainTier tier, int sortOrder) {
        this.sector = sector;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.tier = tier;
        this.sortOrder = sortOrder;
    }

    public Sector getSector() {
        return sector;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ChainTier getTier() {
        return tier;
    }

    public void setTier(ChainTier tier) {
        this.tier = tier;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
