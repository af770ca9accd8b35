package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;
import com.chainleads.chain.domain.ChainTier;

/** A chain link as offered in selects and filters, with its sector. */
public record ChainLinkOption(long id, String code, long sectorId, String nameZh, String nameEn, ChainTier tier,
        int sortOrder) implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }
}
