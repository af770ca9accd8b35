package com.chainleads.enterprise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.service.Ladder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LadderChartsTest {

    private static final Ladder LADDER = new Ladder(
            LocalDate.of(2026, 12, 6),
            null,
            List.of(
                    new Ladder.Step(CultivationTier.TECH_SME, 707, 141, 45),
                    new Ladder.Step(CultivationTier.HIGH_TECH, 373, 43, 25),
                    new Ladder.Step(CultivationTier.SPECIALIZED, 88, 30, 0),
                    new Ladder.Step(CultivationTier.LITTLE_GIANT, 15, 5, 0),
                    new Ladder.Step(CultivationTier.SINGLE_CHAMPION, 3, 1, 0)),
            new Ladder.Coverage(2025, 151, 129),
            615);

    @Test
    void eachFunnelStepIsATierWithItsHoldersAndThisYearsMovement() {
        JsonNode series = LadderCharts.funnel(LADDER, key -> key.substring(key.lastIndexOf('.') + 1), Locale.CHINA)
                .json()
                .at("/series/0");

        assertThat(series.get("type").asText()).isEqualTo("funnel");
        JsonNode highTech = series.get("data").get(1);
        assertThat(highTech.get("id").asText()).isEqualTo("HIGH_TECH");
        assertThat(highTech.get("value").asLong()).isEqualTo(373);
        assertThat(highTech.at("/label/formatter").asText()).isEqualTo("HIGH_TECH  373\n+43 / −25");
    }

    @Test
    void coverageIsAPercentWithOneDecimalAndTheGapToFull() {
        assertThat(LADDER.coverage().percent()).isEqualByComparingTo("85.4");
        assertThat(LADDER.coverage().missing()).isEqualTo(22);
        assertThat(new Ladder.Coverage(2025, 0, 0).percent()).isEqualByComparingTo("0");
    }
}
