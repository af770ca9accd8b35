package com.chainleads.coordination.service;

import com.chainleads.base.domain.LocalizedName;

/** A department as the administration page and the choosers show it; {@code used}: some issue names it. */
public record DepartmentRow(
        long id, long version, String code, String nameZh, String nameEn, int sortOrder, boolean active, boolean used)
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
