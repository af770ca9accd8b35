package com.chainleads.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorSummary;
import com.chainleads.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class ReferenceDataIT {

    @Autowired
    ChainReferenceService chains;

    @Test
    @WithMockUser
    void theFiveSectorsAndTheirChainsAreLoadedFromTheReferenceData() {
        var summaries = chains.sectorSummaries();

        assertThat(summaries)
                .extracting(SectorSummary::code)
                .containsExactly(
                        "INTELLIGENT_MANUFACTURING",
                        "ELECTRONIC_INFORMATION",
                        "NEW_MATERIALS",
                        "BIOMEDICINE",
                        "CULTURAL_TOURISM");
        assertThat(summaries).extracting(SectorSummary::nameZh).containsExactly("智能制造", "电子信息", "新材料", "生物医药", "文旅文创");
        SectorSummary manufacturing = summaries.get(0);
        assertThat(manufacturing.upstreamLinks()).isEqualTo(5);
        assertThat(manufacturing.midstreamLinks()).isEqualTo(5);
        assertThat(manufacturing.downstreamLinks()).isEqualTo(5);
        assertThat(summaries.stream().mapToInt(SectorSummary::totalLinks).sum()).isEqualTo(68);
        assertThat(summaries.stream().mapToInt(SectorSummary::edges).sum()).isEqualTo(97);
    }
}
