package com.chainleads.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvestorKeyTest {

    @Test
    void theStoredKeysAreTheNormalisedNameAndBrandOfTheCurrentRules() {
        InvestorKey key = InvestorKey.of("深圳市比亚迪电子有限公司");

        assertThat(key.nameKey()).isEqualTo("比亚迪电子");
        assertThat(key.brand()).isEqualTo("比亚迪");
        assertThat(key.version()).isEqualTo(InvestorNameNormalizer.VERSION);
    }

    @Test
    void writingVariantsOfOneEnterpriseGetTheSameKeys() {
        assertThat(InvestorKey.of("比亚迪电子（深圳）有限公司")).isEqualTo(InvestorKey.of("深圳市比亚迪电子有限公司"));
    }

    @Test
    void thePrefixPatternFindsTyposAfterTheFirstTwoCharacters() {
        assertThat(InvestorKey.of("恒盛新材料有限公司").prefixPattern()).isEqualTo("恒盛%");
        assertThat(InvestorKey.of("恒盛新才料有限公司").prefixPattern()).isEqualTo("恒盛%");
    }

    @Test
    void keysLongerThanTheirColumnsAreCut() {
        InvestorKey key = InvestorKey.of("超长".repeat(150) + "科技有限公司");

        assertThat(key.nameKey()).hasSize(InvestorKey.MAX_KEY_LENGTH);
        assertThat(key.brand()).hasSize(InvestorKey.MAX_BRAND_LENGTH);
    }
}
