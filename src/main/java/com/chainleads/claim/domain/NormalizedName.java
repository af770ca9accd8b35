package com.chainleads.claim.domain;

import java.util.Set;

/**
 * An investor's name reduced to what identifies the enterprise, by {@link InvestorNameNormalizer}.
 *
 * <p>A Chinese enterprise name is 行政区划 + 字号 + 行业/经营特点 + 组织形式, e.g. 深圳市 · 比亚迪 · 电子 · 有限公司;
 * the region may also follow the brand in brackets (比亚迪电子（深圳）有限公司). The 字号 (brand) and the business
 * together name the enterprise; the legal form never does, the region only tells where it is registered.
 *
 * @param original the name as entered
 * @param key      brand + business, without region and legal form: {@code 比亚迪电子}; equal keys mean the same
 *                 name. Meant to be stored beside the name (indexed) to find candidates by equality
 * @param brand    the 字号 alone: {@code 比亚迪}; also worth storing (indexed): equal brands are the candidates the
 *                 matcher must look at, since 比亚迪电子 and 比亚迪汽车 share it
 * @param business the business words after the brand: {@code 电子}; empty when the name has none (比亚迪股份有限公司)
 * @param regions  the regions the name states, by short name ({@code 深圳}); the national 中国 is not one
 */
public record NormalizedName(String original, String key, String brand, String business, Set<String> regions) {

    public NormalizedName {
        regions = Set.copyOf(regions);
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
