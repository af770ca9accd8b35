package com.chainleads.security.service;

import com.chainleads.base.domain.LocalizedName;

/** A unit as offered in selects and shown in grids. */
public record UnitOption(long id, String code, String nameZh, String nameEn) implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }
}
