package com.chainleads.enterprise.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An enterprise's figures of one year as entered: amounts in 万元, people, intellectual property by kind. */
public record IndicatorsCommand(
        @Nullable Integer year,
        @Nullable BigDecimal revenueWan,
        @Nullable BigDecimal taxWan,
        @Nullable BigDecimal rdExpenseWan,
        @Nullable Integer rdStaff,
        @Nullable Integer staff,
        @Nullable Integer inventionPatents,
        @Nullable Integer utilityPatents,
        @Nullable Integer designPatents,
        @Nullable Integer softwareCopyrights) {

    /** Every figure by its field name, in the form's order (the checks and the change log walk them). */
    public Map<String, @Nullable Number> figures() {
        Map<String, @Nullable Number> figures = new LinkedHashMap<>();
        figures.put("revenueWan", revenueWan);
        figures.put("taxWan", taxWan);
        figures.put("rdExpenseWan", rdExpenseWan);
        figures.put("rdStaff", rdStaff);
        figures.put("staff", staff);
        figures.put("inventionPatents", inventionPatents);
        figures.put("utilityPatents", utilityPatents);
        figures.put("designPatents", designPatents);
        figures.put("softwareCopyrights", softwareCopyrights);
        return figures;
    }

    /** R&D expense as a share of revenue, e.g. 0.052; null when either is missing or revenue is zero. */
    public @Nullable BigDecimal rdShare() {
        if (rdExpenseWan == null || revenueWan == null || revenueWan.signum() == 0) {
            return null;
        }
        return rdExpenseWan.divide(revenueWan, 4, java.math.RoundingMode.HALF_UP);
    }
}
