package com.chainleads.construction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.service.InvestmentRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestmentCurveTest {

    @Test
    void theCurveShowsCumulativePlannedAndCompletedPerMonth() {
        List<InvestmentRow> months = List.of(
                new InvestmentRow(
                        1,
                        0,
                        YearMonth.of(2026, 4),
                        new BigDecimal("500"),
                        new BigDecimal("300"),
                        new BigDecimal("500"),
                        new BigDecimal("300")),
                new InvestmentRow(
                        2,
                        0,
                        YearMonth.of(2026, 5),
                        new BigDecimal("800"),
                        null,
                        new BigDecimal("1300"),
                        new BigDecimal("300")));

        String json = InvestmentCurve.option(months, new InvestmentCurve.Labels("累计计划", "累计完成"))
                .toJson();

        assertThat(json).contains("\"2026-04\"", "\"2026-05\"");
        assertThat(json).contains("累计计划", "累计完成");
        assertThat(json.replace(" ", "")).contains("[500,1300]").contains("[300,300]");
        assertThat(json).contains("\"type\":\"line\"");
    }
}
