package com.chainleads.construction.service;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's 完成投资: the months, the totals, and the share completed — cumulative completed over the lead's
 * 总投资 (its planned total investment; the signed amount when the total is missing), none without either.
 */
public record InvestmentFigures(
        List<InvestmentRow> months,
        BigDecimal plannedTotal,
        BigDecimal completedTotal,
        @Nullable BigDecimal investmentBasis,
        @Nullable BigDecimal shareCompleted,
        boolean canEdit) {}
