package com.chainleads.transfer.service;

/** How a checked file is applied. */
public enum ImportMode {
    /** 全部导入: every row in one transaction, or — if any row has a problem — none. */
    ALL_OR_NOTHING,
    /** 仅导入有效行: the valid rows in one transaction; the others go to the error report. */
    VALID_ONLY;

    public String translationKey() {
        return "transfer.mode." + name();
    }
}
