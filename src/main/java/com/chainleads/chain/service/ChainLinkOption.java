package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;
import com.chainleads.chain.domain.ChainTier;

/** A chain link, for choosers and forms (e.g. a lead's target link). */
public record ChainLinkOption(
        long id, long sectorId, String code, String nameZh, String nameEn, ChainTier tier, int sortOrder)
        implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }
}
