package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;

/** A sector as offered in selects and filters. */
public record SectorOption(long id, String code, String nameZh, String nameEn) implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }
}
