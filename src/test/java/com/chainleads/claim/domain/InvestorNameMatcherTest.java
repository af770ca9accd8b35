package com.chainleads.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestorNameMatcherTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            深圳市比亚迪电子有限公司                | 比亚迪电子（深圳）有限公司
            深圳市比亚迪电子有限公司                | 比亚迪电子有限公司
            广东省深圳市大疆创新科技有限公司        | 深圳市大疆创新科技有限公司
            北京字节跳动科技有限公司                | 字节跳动科技有限公司
            华为技术有限公司                        | 华为技术　有限公司
            华为技术有限公司                        | 华为技术有限责任公司
            比亚迪股份有限公司                      | 比亚迪股份公司
            ＴＣＬ科技集团股份有限公司              | TCL科技集团有限公司
            宁德时代新能源科技股份有限公司          | 宁德时代新能源科技有限公司
            西门子（中国）有限公司                  | 西门子中国有限公司
            西门子（中国）有限公司                  | 西门子有限公司
            阿里巴巴（中国）网络技术有限公司        | 阿里巴巴网络技术有限公司
            华润（集团）有限公司                    | 华润集团有限公司
            中国平安保险（集团）股份有限公司        | 平安保险集团有限公司
            美的集团股份有限公司                    | 美的集团
            小米科技有限责任公司                    | 小米科技有限公司
            深圳市腾讯计算机系统有限公司            | 腾讯计算机系统（深圳）有限公司
            中芯国际集成电路制造有限公司上海分公司  | 中芯国际集成电路制造有限公司
            上海汽车集团股份有限公司                | 上海汽车集团有限公司
            青岛啤酒股份有限公司                    | 【青岛啤酒】有限公司
            江苏恒瑞医药股份有限公司                | 恒瑞医药股份有限公司
            Huawei Technologies Co., Ltd.           | HUAWEI TECHNOLOGIES CO LTD
            Huawei Technologies Co., Ltd.           | Huawei Technology Co Ltd
            BYD Company Limited                     | BYD Co., Ltd.
            Siemens (China) Co., Ltd.               | Siemens Ltd., China
            Apple Inc.                              | APPLE INC
            Robert Bosch GmbH                       | Robert-Bosch
            BYD Electronic (Shenzhen) Co., Ltd.     | ＢＹＤ　Ｅｌｅｃｔｒｏｎｉｃ　Ｃｏ．，Ｌｔｄ．
            """)
    void theSameCompanyWrittenDifferentlyIsTheSame(String a, String b) {
        NameMatch match = InvestorNameMatcher.match(a, b);
        assertThat(match.decision()).as("%s / %s: %s", a, b, match).isEqualTo(MatchDecision.SAME);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(InvestorNameMatcher.match(b, a).decision()).as("symmetric").isEqualTo(MatchDecision.SAME);
    }

    @ParameterizedTest(name = "{0} ≠ {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            华为技术有限公司                   | 华为终端有限公司                 | SAME_BRAND_OTHER_BUSINESS
            比亚迪汽车有限公司                 | 比亚迪电子有限公司               | SAME_BRAND_OTHER_BUSINESS
            小米科技有限责任公司               | 小米通讯技术有限公司             | SAME_BRAND_OTHER_BUSINESS
            腾讯科技（深圳）有限公司           | 深圳市腾讯计算机系统有限公司     | SAME_BRAND_OTHER_BUSINESS
            华润置地有限公司                   | 华润电力控股有限公司             | SAME_BRAND_OTHER_BUSINESS
            中国建筑股份有限公司               | 中国银行股份有限公司             | SAME_BRAND_OTHER_BUSINESS
            General Electric Company           | General Motors Company           | SAME_BRAND_OTHER_BUSINESS
            华为技术有限公司                   | 华力技术有限公司                 | DIFFERENT_NAME
            宁德时代新能源科技股份有限公司     | 宁德新能源科技有限公司           | DIFFERENT_NAME
            青岛啤酒股份有限公司               | 青岛海尔股份有限公司             | DIFFERENT_NAME
            Apple Inc.                         | Applied Materials Inc.           | DIFFERENT_NAME
            深圳市比亚迪电子有限公司           | 上海比亚迪电子有限公司           | SAME_NAME_OTHER_REGION
            比亚迪汽车工业有限公司             | 比亚迪汽车有限公司               | SAME_BRAND_RELATED_BUSINESS
            比亚迪股份有限公司                 | 比亚迪电子（深圳）有限公司       | SAME_BRAND_ONE_WITHOUT_BUSINESS
            美的集团股份有限公司               | 美的置业集团有限公司             | SAME_BRAND_ONE_WITHOUT_BUSINESS
            宁德时代新能源科技股份有限公司     | 宁德时代新能原科技股份有限公司   | NEAR_IDENTICAL
            """)
    void differentCompaniesSharingABrandWordAreNotTheSame(String a, String b, MatchReason reason) {
        NameMatch match = InvestorNameMatcher.match(a, b);
        assertThat(match.decision()).as("%s / %s: %s", a, b, match).isNotEqualTo(MatchDecision.SAME);
        assertThat(match.reason()).as("%s / %s", a, b).isEqualTo(reason);
        assertThat(match.decision()).isEqualTo(reason.decision());
        assertThat(InvestorNameMatcher.match(b, a).reason()).as("symmetric").isEqualTo(reason);
    }

    /**
     * The 撞单 rule as the README states it: the same 字号 (brand) is worth a look when one name has no business
     * words, one business contains the other, or both name the same industry. Issue 13 point 7: 北京达旭化学科技
     * hinted against 北京达旭化学 but 北京达旭化工 did not.
     */
    @ParameterizedTest(name = "{0} ~ {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            北京达旭化学科技有限公司           | 北京达旭化工                     | SAME_BRAND_SAME_INDUSTRY
            北京达旭化学科技有限公司           | 北京达旭化学有限公司             | SAME_BRAND_RELATED_BUSINESS
            北京达旭化工有限公司               | 达旭新材料股份有限公司           | SAME_BRAND_SAME_INDUSTRY
            江苏恒瑞医药股份有限公司           | 恒瑞制药有限公司                 | SAME_BRAND_SAME_INDUSTRY
            深圳市华鼎微电子有限公司           | 华鼎半导体科技有限公司           | SAME_BRAND_SAME_INDUSTRY
            合肥华鼎光伏科技有限公司           | 华鼎新能源有限公司               | SAME_BRAND_SAME_INDUSTRY
            北京达旭化学科技有限公司           | 北京达旭有限公司                 | SAME_BRAND_ONE_WITHOUT_BUSINESS
            北京达旭化学科技有限公司           | 北京达旭化学科枝有限公司         | NEAR_IDENTICAL
            """)
    void theSameBrandInTheSameIndustryIsWorthALook(String a, String b, MatchReason reason) {
        NameMatch match = InvestorNameMatcher.match(a, b);
        assertThat(match.reason()).as("%s / %s: %s", a, b, match).isEqualTo(reason);
        assertThat(match.decision()).isEqualTo(MatchDecision.SIMILAR);
        assertThat(InvestorNameMatcher.match(b, a).reason()).as("symmetric").isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} / {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            北京达旭化学科技有限公司           | 北京达旭文化旅游有限公司         | SAME_BRAND_OTHER_BUSINESS
            北京达旭化工有限公司               | 达旭生物医药有限公司             | SAME_BRAND_OTHER_BUSINESS
            达旭科技有限公司                   | 达旭化工有限公司                 | SAME_BRAND_OTHER_BUSINESS
            深圳市华鼎微电子有限公司           | 华鼎生物医药有限公司             | SAME_BRAND_OTHER_BUSINESS
            华鼎半导体科技有限公司             | 华鼎汽车零部件有限公司           | SAME_BRAND_OTHER_BUSINESS
            北京达旭化工有限公司               | 北京达恒化工有限公司             | DIFFERENT_NAME
            北京达旭化工有限公司               | 北京华旭化学有限公司             | DIFFERENT_NAME
            """)
    void theSameBrandInAnotherIndustryOrAnotherBrandInTheSameIndustryIsNoHint(String a, String b, MatchReason reason) {
        NameMatch match = InvestorNameMatcher.match(a, b);
        assertThat(match.reason()).as("%s / %s: %s", a, b, match).isEqualTo(reason);
        assertThat(match.decision()).isEqualTo(MatchDecision.DIFFERENT);
        assertThat(InvestorNameMatcher.match(b, a).reason()).as("symmetric").isEqualTo(reason);
    }

    @Test
    void everyBusinessWordEitherNamesOneIndustryOrDeliberatelyNone() {
        for (String word : InvestorNameNormalizer.knownBusinessWords()) {
            long industries = Industry.allWords().stream().filter(word::equals).count();
            boolean generic = Industry.GENERIC.contains(word);
            assertThat(industries + (generic ? 1 : 0)).as(word).isEqualTo(1);
        }
    }

    @Test
    void theCreditCodeDecidesWhenBothHaveOne() {
        CreditCode byd = CreditCode.complete("9144030019231745");
        CreditCode other = CreditCode.complete("91310000MA1FL4T5");

        assertThat(InvestorNameMatcher.match("比亚迪股份有限公司", byd, "完全不同的名称", byd).reason())
                .isEqualTo(MatchReason.SAME_CREDIT_CODE);
        assertThat(InvestorNameMatcher.match("比亚迪股份有限公司", byd, "比亚迪股份公司", other).reason())
                .isEqualTo(MatchReason.SAME_NAME_OTHER_CREDIT_CODE);
        assertThat(InvestorNameMatcher.match("比亚迪股份有限公司", byd, "比亚迪股份公司", null).reason())
                .isEqualTo(MatchReason.SAME_NAME);
        assertThat(InvestorNameMatcher.match("华为技术有限公司", byd, "华为终端有限公司", null).decision())
                .isEqualTo(MatchDecision.DIFFERENT);
    }

    @Test
    void theScoreRanksCloserNamesHigherButDoesNotDecideAlone() {
        NameMatch typo = InvestorNameMatcher.match("宁德时代新能源科技", "宁德时代新能原科技");
        NameMatch sister = InvestorNameMatcher.match("华为技术有限公司", "华为终端有限公司");
        NameMatch stranger = InvestorNameMatcher.match("华为技术有限公司", "青岛啤酒股份有限公司");

        assertThat(typo.score()).isGreaterThan(sister.score());
        assertThat(sister.score()).isGreaterThan(stranger.score());
        assertThat(stranger.score()).isBetween(0.0, 0.5);
        assertThat(sister.decision()).isEqualTo(MatchDecision.DIFFERENT);
    }

    @Test
    void anEmptyNameMatchesNothing() {
        assertThat(InvestorNameMatcher.match("", "有限公司").reason()).isEqualTo(MatchReason.NO_NAME);
        assertThat(InvestorNameMatcher.match(null, "华为").decision()).isEqualTo(MatchDecision.DIFFERENT);
    }

    @Test
    void everyDecisionAndReasonHasATranslation() {
        var provider = new com.chainleads.base.i18n.TranslationProvider();
        for (var locale : com.chainleads.base.i18n.AppLocales.SUPPORTED) {
            for (MatchDecision decision : MatchDecision.values()) {
                assertThat(provider.getTranslation(decision.translationKey(), locale))
                        .doesNotStartWith("!");
            }
            for (MatchReason reason : MatchReason.values()) {
                assertThat(provider.getTranslation(reason.translationKey(), locale))
                        .doesNotStartWith("!");
            }
        }
    }
}
