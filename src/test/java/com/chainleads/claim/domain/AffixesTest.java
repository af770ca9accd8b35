package com.chainleads.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffixesTest {

    private final Affixes words = Affixes.of(List.of("深圳", "深圳市", "电子", "微电子", "科技"));

    @Test
    void theLongestWordATextStartsWithWins() {
        assertThat(words.longestPrefixOf("深圳市华鼎微电子")).isEqualTo("深圳市");
        assertThat(words.longestPrefixOf("深圳华鼎")).isEqualTo("深圳");
        assertThat(words.longestPrefixOf("华鼎深圳")).isNull();
    }

    @Test
    void theLongestWordATextEndsWithWins() {
        assertThat(words.longestSuffixOf("华鼎微电子")).isEqualTo("微电子");
        assertThat(words.longestSuffixOf("华鼎电子")).isEqualTo("电子");
        assertThat(words.longestSuffixOf("科技华鼎")).isNull();
    }

    @Test
    void aTextThatIsAWordOrShorterThanAnyIsAnsweredToo() {
        assertThat(words.longestSuffixOf("科技")).isEqualTo("科技");
        assertThat(words.longestPrefixOf("深")).isNull();
        assertThat(words.longestSuffixOf("")).isNull();
    }

    @Test
    void theNormalisersAnswersStayAsTheyWere() {
        // regions before and after the brand, business words after it, as the word-by-word search found them
        NormalizedName name = InvestorNameNormalizer.normalize("广东省深圳市比亚迪微电子科技（深圳）有限公司");
        assertThat(name.brand()).isEqualTo("比亚迪");
        assertThat(name.business()).isEqualTo("微电子科技");
        assertThat(name.regions()).containsExactlyInAnyOrder("广东", "深圳");
    }
}
