package com.chainleads.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestorNameNormalizerTest {

    @ParameterizedTest(name = "{0} → {1} = {2} + {3}, regions {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            深圳市比亚迪电子有限公司                | 比亚迪电子       | 比亚迪     | 电子           | 深圳
            比亚迪电子（深圳）有限公司              | 比亚迪电子       | 比亚迪     | 电子           | 深圳
            比亚迪股份有限公司                      | 比亚迪           | 比亚迪     | -              | -
            广东省深圳市大疆创新科技有限公司        | 大疆创新科技     | 大疆       | 创新科技       | 广东,深圳
            ＴＣＬ科技集团股份有限公司              | tcl科技          | tcl        | 科技           | -
            西门子（中国）有限公司                  | 西门子           | 西门子     | -              | -
            华润（集团）有限公司                    | 华润             | 华润       | -              | -
            中国平安保险（集团）股份有限公司        | 平安保险         | 平安       | 保险           | -
            中芯国际集成电路制造有限公司上海分公司  | 中芯国际集成电路制造 | 中芯国际 | 集成电路制造   | 上海
            青岛啤酒股份有限公司                    | 青岛啤酒         | 青岛       | 啤酒           | -
            上海汽车集团股份有限公司                | 上海汽车         | 上海       | 汽车           | -
            中国建筑股份有限公司                    | 中国建筑         | 中国       | 建筑           | -
            青岛海尔股份有限公司                    | 海尔             | 海尔       | -              | 青岛
            宁波XX投资合伙企业（有限合伙）          | xx投资           | xx         | 投资           | 宁波
            Huawei Technologies Co., Ltd.           | huaweitechnology | huawei     | technology     | -
            BYD Electronic (Shenzhen) Co., Ltd.     | bydelectronic    | byd        | electronic     | 深圳
            Siemens Ltd., China                     | siemen           | siemen     | -              | -
            Bank of China Limited                   | bankofchina      | bankofchina | -             | -
            """)
    void aNameIsReducedToBrandAndBusinessWithItsRegionsSetApart(
            String name, String key, String brand, String business, String regions) {
        NormalizedName normalized = InvestorNameNormalizer.normalize(name);
        assertThat(normalized.key()).isEqualTo(key);
        assertThat(normalized.brand()).isEqualTo(brand);
        assertThat(normalized.business()).isEqualTo(business == null ? "" : business);
        assertThat(normalized.regions())
                .containsExactlyInAnyOrderElementsOf(regions == null ? Set.of() : Set.of(regions.split(",")));
    }

    @Test
    void widthSpacesBracketKindsAndCaseDoNotMatter() {
        String key = InvestorNameNormalizer.normalize("华为技术有限公司").key();
        assertThat(InvestorNameNormalizer.normalize("华为 技术　有限公司 ").key()).isEqualTo(key);
        assertThat(InvestorNameNormalizer.normalize("【华为技术】有限公司").key()).isEqualTo(key);
        assertThat(InvestorNameNormalizer.normalize("ｈｕａｗｅｉ　ＴＥＣＨＮＯＬＯＧＩＥＳ").key())
                .isEqualTo(InvestorNameNormalizer.normalize("Huawei Technology").key());
    }

    @Test
    void nothingOrOnlyALegalFormIsAnEmptyName() {
        assertThat(InvestorNameNormalizer.normalize(null).isEmpty()).isTrue();
        assertThat(InvestorNameNormalizer.normalize("  ").isEmpty()).isTrue();
        assertThat(InvestorNameNormalizer.normalize("（）").isEmpty()).isTrue();
    }
}
