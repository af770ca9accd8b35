package com.chainleads.construction.domain;

import com.chainleads.base.domain.LocalizedName;
import java.io.Serializable;

/** A milestone kind's names, as a message argument the UI shows in the user's language. */
public record KindName(String nameZh, String nameEn) implements LocalizedName, Serializable {

    public static KindName of(LocalizedName name) {
        return new KindName(name.getNameZh(), name.getNameEn());
    }

    @Override
    public String getNameZh() {
        return nameZh;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    @Override
    public String toString() {
        return nameZh;
    }
}
