package com.chainleads.lead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadIndexFieldsTest {

    @Test
    void prefixKeysKeepTheOrderOfNamesAcrossHanLatinAndDigits() {
        List<String> names = List.of("", "0", "a", "ab", "abcd", "abce", "z", "中", "中科", "华鼎", "鼎", "鿿");
        for (int i = 0; i + 1 < names.size(); i++) {
            assertThat(Long.compare(
                            LeadIndexFields.prefixKey(names.get(i)), LeadIndexFields.prefixKey(names.get(i + 1))))
                    .as("%s < %s", names.get(i), names.get(i + 1))
                    .isNegative();
        }
        assertThat(LeadIndexFields.prefixKey("abcdX")).isEqualTo(LeadIndexFields.prefixKey("abcdY"));
    }

    @Test
    void leadNumbersSortByYearThenSequenceNumber() {
        assertThat(LeadIndexFields.leadNoOrder("ZS-2026-9999"))
                .isLessThan(LeadIndexFields.leadNoOrder("ZS-2026-10000"));
        assertThat(LeadIndexFields.leadNoOrder("ZS-2025-99999"))
                .isLessThan(LeadIndexFields.leadNoOrder("ZS-2026-0001"));
        assertThat(LeadIndexFields.leadSequence("zs-2026-0012")).isEqualTo("12");
        assertThat(LeadIndexFields.leadNoOrder("not a number")).isNull();
    }

    @Test
    void amountsAreHundredthsOfWan() {
        assertThat(LeadIndexFields.cents(new BigDecimal("12345.6"))).isEqualTo(1_234_560);
        assertThat(LeadIndexFields.cents(new BigDecimal("0.005"))).isEqualTo(1);
    }
}
