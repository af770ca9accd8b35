package com.chainleads.chain.service;

import com.chainleads.base.domain.LocalizedName;

/** A sector with the number of links it has in each part of its chain. */
public record SectorSummary(
        long id,
        String code,
        String nameZh,
        String nameEn,
        int upstreamLinks,
        int midstreamLinks,
        int downstreamLinks,
        int edges)
        implements LocalizedName {

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public int totalLinks() {
        return upstreamLinks + midstreamLinks + downstreamLinks;
    }
}
