package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportedDaySqlTest {

    @Test
    void theDistrictsZoneIsOneConstantOffset() {
        assertThat(ReportedDaySql.expression(
                        "first_reported_at",
                        ZoneId.of("Asia/Shanghai"),
                        LocalDateTime.parse("2020-01-01T00:00"),
                        LocalDateTime.parse("2026-12-31T00:00")))
                .isEqualTo("CAST(TIMESTAMPADD(SECOND, 28800, first_reported_at) AS DATE)");
    }

    @Test
    void aZoneWithSummerTimeGetsTheOffsetOfEachInstant() {
        String sql = ReportedDaySql.expression(
                "t",
                ZoneId.of("Europe/Berlin"),
                LocalDateTime.parse("2026-01-01T00:00"),
                LocalDateTime.parse("2026-12-31T00:00"));
        assertThat(sql)
                .isEqualTo(
                        "CAST(TIMESTAMPADD(SECOND, CASE WHEN t < TIMESTAMP '2026-03-29 01:00:00.000000' "
                                + "THEN 3600 WHEN t < TIMESTAMP '2026-10-25 01:00:00.000000' THEN 7200 ELSE 3600 END, t) AS DATE)");
    }

    @Test
    void anEmptyLeadTableStillGivesAnExpression() {
        assertThat(ReportedDaySql.expression("t", ZoneId.of("UTC"), null, null))
                .isEqualTo("CAST(TIMESTAMPADD(SECOND, 0, t) AS DATE)");
    }
}
