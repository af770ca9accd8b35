package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;

/** A sector, for choosers and forms. */
public record SectorOption(long id, String code, String nameZh, String nameEn, int sortOrder) implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }
}
