package com.chainleads.transfer.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A project row of the demo import: what a lead import will carry, in small. */
public record DemoProject(int rowNumber, String name, String investor, String creditCode, String sectorCode,
        @Nullable DemoProjectType type, @Nullable BigDecimal totalInvestment, @Nullable LocalDate reportedOn,
        boolean windGap, @Nullable String note) {
}
