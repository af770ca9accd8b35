package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadFilterTest {

    @Test
    void aFilterSurvivesTheRoundTripThroughTheQueryString() {
        LeadFilter.Builder b = new LeadFilter.Builder();
        b.text = "精密 减速器";
        b.sectors = Set.of("ELECTRONIC_INFORMATION", "NEW_MATERIALS");
        b.chainLink = "EI_FAB";
        b.stages = Set.of(LeadStage.NEGOTIATING, LeadStage.SIGNED);
        b.unit = "INVEST_1";
        b.owner = "officer1";
        b.minInvestment = new BigDecimal("10000");
        b.maxInvestment = new BigDecimal("500000.5");
        b.qualifications = Set.of(QualificationTag.LISTED, QualificationTag.UNICORN);
        b.hotIndustry = Boolean.TRUE;
        b.reportedFrom = LocalDate.of(2026, 1, 1);
        b.reportedTo = LocalDate.of(2026, 6, 30);
        b.nextFollowUpFrom = LocalDate.of(2026, 12, 1);
        b.channels = Set.of(LeadChannel.EXPO, LeadChannel.FUND);
        b.regions = Set.of(OriginRegion.PEARL_DELTA);
        b.projectTypes = Set.of(ProjectType.EXPANSION);
        b.signedFrom = LocalDate.of(2026, 1, 1);
        b.landedTo = LocalDate.of(2026, 12, 31);
        b.activityTo = LocalDate.of(2026, 10, 1);
        b.reachedStage = LeadStage.CONTACT;
        LeadFilter filter = b.build();

        assertThat(LeadFilter.fromParameters(filter.toParameters())).isEqualTo(filter);
    }

    @Test
    void theBookmarkOfElectronicInformationNegotiatingAbove100MillionReadsLikeTheFilter() {
        LeadFilter filter = LeadFilter.NONE
                .withSectors(Set.of("ELECTRONIC_INFORMATION"))
                .withStages(Set.of(LeadStage.NEGOTIATING))
                .withInvestment(new BigDecimal("10000.00"), null);

        assertThat(filter.toParameters())
                .containsExactly(
                        Map.entry("sector", List.of("ELECTRONIC_INFORMATION")),
                        Map.entry("stage", List.of("NEGOTIATING")),
                        Map.entry("min", List.of("10000")));
    }

    @Test
    void commaSeparatedListsAndUnknownOrMalformedValuesAreToleratedNotFatal() {
        LeadFilter filter = LeadFilter.fromParameters(Map.of(
                "stage",
                List.of("negotiating,SIGNED,NO_SUCH"),
                "min",
                List.of("lots"),
                "reportedFrom",
                List.of("2026-13-40"),
                "hot",
                List.of("maybe")));

        assertThat(filter.stages()).containsExactlyInAnyOrder(LeadStage.NEGOTIATING, LeadStage.SIGNED);
        assertThat(filter.minInvestment()).isNull();
        assertThat(filter.reportedFrom()).isNull();
        assertThat(filter.hotIndustry()).isNull();
    }

    @Test
    void anEmptyFilterHasNoParameters() {
        assertThat(LeadFilter.NONE.toParameters()).isEmpty();
        assertThat(LeadFilter.fromParameters(Map.of())).isEqualTo(LeadFilter.NONE);
        assertThat(LeadFilter.NONE.withText("   ").isEmpty()).isTrue();
    }
}
