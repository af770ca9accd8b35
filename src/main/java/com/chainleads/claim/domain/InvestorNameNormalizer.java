package com.chainleads.claim.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reduces an investor's name to what identifies the enterprise, so that the same enterprise written differently
 * gives the same {@link NormalizedName#key()}.
 *
 * <h2>What identifies an enterprise, and what does not</h2>
 * A Chinese enterprise name is 行政区划 + 字号 + 行业/经营特点 + 组织形式 (深圳市 · 比亚迪 · 电子 · 有限公司).
 * <ul>
 * <li><b>Kept: the 字号 (brand) and the business words</b>. Both are needed: 华为技术 and 华为终端, 比亚迪汽车 and
 * 比亚迪电子 are different legal entities of one group. The brand is kept apart ({@link NormalizedName#brand()})
 * so the matcher can tell "same brand, other business" from "same name".</li>
 * <li><b>Dropped: the legal form</b> — 有限公司, 有限责任公司, 股份有限公司, 集团…公司, 集团, 控股, 股份, (有限合伙),
 * Co., Ltd., Inc., Corp., GmbH, Group, Holdings… — people add, drop and vary it freely. A branch (分公司, 办事处)
 * counts as its company: for 撞单 the investor is the same.</li>
 * <li><b>Set apart: the region</b> — a leading 深圳市 / 广东省 / 上海, a bracketed （深圳）/ (Shenzhen), a trailing
 * 中国 / China. It is a qualifier people omit, so it leaves the key, but it is kept in
 * {@link NormalizedName#regions()}: two names that state different regions (深圳… vs 上海…) are different
 * registrations. The national 中国 is never a region.</li>
 * <li><b>Except when the region is the brand</b>: a leading region is kept when nothing but business words would
 * remain — 青岛啤酒, 上海汽车, 中国建筑, 北京银行 keep their place name. (A brand that merely starts with a place,
 * like 宁德时代, loses it: 宁德时代新能源科技 and 时代新能源科技 get one key — a false alarm a leader clears, where
 * the opposite rule would miss 江苏恒瑞医药 = 恒瑞医药.)</li>
 * <li><b>Writing variants</b> vanish: full-width → half-width (NFKC), Latin lower-case, spaces, punctuation and all
 * bracket kinds （）()【】[]〔〕…, English plurals (Technologies = Technology).</li>
 * </ul>
 * Pure and thread-safe. {@link #VERSION} changes whenever the rules do, so stored keys can be recomputed.
 *
 * <p>Size: the rules of Chinese enterprise names written out above, and the normalisation steps that follow them one
 * to one; split, one algorithm would be scattered over several files.
 */
public final class InvestorNameNormalizer {

    /** Bump when the rules change: stored keys of another version must be recomputed. */
    public static final int VERSION = 1;

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{Pd}·・•‘’“”、，。；：！？]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

    /** Legal forms at the end of a Chinese name, and forms that say "a part of": longest tried first. */
    private static final List<String> LEGAL_SUFFIXES = longestFirst(
            "集团股份有限公司",
            "集团有限责任公司",
            "集团有限公司",
            "集团股份公司",
            "股份有限公司",
            "有限责任公司",
            "股份合作公司",
            "有限公司",
            "股份公司",
            "集团公司",
            "控股集团",
            "总公司",
            "分公司",
            "子公司",
            "合伙企业",
            "办事处",
            "代表处",
            "公司",
            "集团",
            "控股",
            "股份",
            "有限",
            "总部",
            "分厂",
            "厂");

    /** Bracketed words that are a legal form, not a name part: 华润（集团）, XX投资（有限合伙）. */
    private static final Set<String> LEGAL_QUALIFIERS =
            Set.of("集团", "控股", "股份", "有限合伙", "普通合伙", "特殊普通合伙", "有限公司", "group", "holding", "lp", "llp");

    /** Legal-form words at the end of a Latin name: "Co., Ltd.", "Inc.", "GmbH" … */
    private static final Set<String> LATIN_LEGAL = Set.of(
            "co",
            "company",
            "compagnie",
            "ltd",
            "limited",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "llc",
            "llp",
            "lp",
            "plc",
            "gmbh",
            "ag",
            "sa",
            "se",
            "nv",
            "bv",
            "kg",
            "kgaa",
            "ab",
            "oy",
            "spa",
            "srl",
            "pte",
            "pty",
            "kk",
            "group",
            "holding",
            "the");

    /**
     * Business words (行业/经营特点) that follow the brand, Chinese and English (singular). A name is split into
     * brand + business by taking these off its end.
     */
    private static final List<String> BUSINESS_WORDS = longestFirst(
            // Chinese
            "科技",
            "技术",
            "信息",
            "网络",
            "软件",
            "数据",
            "大数据",
            "云计算",
            "人工智能",
            "智能",
            "数字",
            "数码",
            "互联网",
            "物联网",
            "电子商务",
            "电商",
            "计算机",
            "系统",
            "通信",
            "通讯",
            "电信",
            "电子",
            "微电子",
            "光电",
            "光电子",
            "光学",
            "半导体",
            "集成电路",
            "芯片",
            "显示",
            "电气",
            "电器",
            "电力",
            "电机",
            "电池",
            "储能",
            "能源",
            "新能源",
            "光伏",
            "动力",
            "汽车",
            "汽车工业",
            "零部件",
            "部件",
            "配件",
            "终端",
            "装备",
            "机械",
            "设备",
            "仪器",
            "仪表",
            "精密",
            "制造",
            "工业",
            "实业",
            "材料",
            "新材料",
            "化工",
            "化学",
            "塑料",
            "钢铁",
            "金属",
            "矿业",
            "铜业",
            "铝业",
            "石化",
            "石油",
            "生物",
            "医药",
            "制药",
            "药业",
            "医疗",
            "医疗器械",
            "器械",
            "健康",
            "食品",
            "饮料",
            "啤酒",
            "酒业",
            "乳业",
            "纸业",
            "农业",
            "纺织",
            "服饰",
            "家电",
            "家居",
            "文化",
            "传媒",
            "影视",
            "旅游",
            "文旅",
            "创意",
            "设计",
            "教育",
            "游戏",
            "投资",
            "资本",
            "基金",
            "资产管理",
            "金融",
            "银行",
            "保险",
            "证券",
            "贸易",
            "商贸",
            "物流",
            "供应链",
            "运输",
            "航空",
            "航天",
            "船舶",
            "轨道交通",
            "交通",
            "建设",
            "建筑",
            "工程",
            "置业",
            "地产",
            "房地产",
            "置地",
            "物业",
            "环保",
            "环境",
            "发展",
            "创新",
            "产业",
            "服务",
            "咨询",
            "管理",
            "开发",
            "研究",
            "研发",
            "机器人",
            // English, singular (plurals are reduced before)
            "technology",
            "tech",
            "electronic",
            "electric",
            "electrical",
            "software",
            "system",
            "semiconductor",
            "material",
            "chemical",
            "pharmaceutical",
            "pharma",
            "biotech",
            "biotechnology",
            "biological",
            "medical",
            "healthcare",
            "health",
            "energy",
            "power",
            "battery",
            "motor",
            "automotive",
            "automobile",
            "vehicle",
            "machinery",
            "equipment",
            "industry",
            "industrial",
            "manufacturing",
            "robotic",
            "intelligent",
            "smart",
            "digital",
            "network",
            "communication",
            "telecom",
            "information",
            "logistic",
            "trading",
            "investment",
            "capital",
            "development",
            "engineering",
            "construction",
            "solution",
            "service",
            "product",
            "component",
            "precision",
            "optical",
            "photonic",
            "display",
            "internet",
            "computer",
            "science",
            "instrument",
            "device",
            "food",
            "beverage",
            "textile",
            "steel",
            "metal",
            "mining",
            "petrochemical",
            "bank",
            "insurance",
            "consulting",
            "management",
            "innovation",
            "research");

    private static final Affixes BUSINESS = Affixes.of(BUSINESS_WORDS);

    private static final Map<Character, Character> BRACKETS = bracketMap();

    private InvestorNameNormalizer() {}

    public static NormalizedName normalize(@Nullable String name) {
        String original = name == null ? "" : name;
        Set<String> regions = new LinkedHashSet<>();

        String text = Normalizer.normalize(original, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = unifyBrackets(text);
        text = dropBracketedQualifiers(text, regions);
        List<String> words = latinWords(text, regions);
        String compact = String.join("", words);
        compact = dropLegalFormsAndTrailingRegions(compact, regions);
        compact = dropLeadingRegions(compact, regions);

        String[] split = splitBusiness(compact);
        String brand = split[0];
        String business = split[1];
        if (brand.codePointCount(0, brand.length()) < 2) {
            // a name that is nothing but business words (or a one-letter brand): the whole is the brand
            brand = compact;
            business = "";
        }
        return new NormalizedName(original, compact, brand, business, regions);
    }

    private static String unifyBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(BRACKETS.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Bracketed regions and legal forms go (the region is noted); other bracketed words stay, without brackets. */
    private static String dropBracketedQualifiers(String text, Set<String> regions) {
        String current = text;
        while (true) {
            Matcher matcher = BRACKETED.matcher(current);
            if (!matcher.find()) {
                break;
            }
            StringBuilder out = new StringBuilder();
            matcher.reset();
            while (matcher.find()) {
                String inside = matcher.group(1);
                String bare = PUNCTUATION
                        .matcher(SPACES.matcher(inside).replaceAll(""))
                        .replaceAll("");
                String region = ChineseRegions.of(bare);
                String replacement;
                if (region != null) {
                    noteRegion(region, regions);
                    replacement = " ";
                } else if (LEGAL_QUALIFIERS.contains(bare)) {
                    replacement = " ";
                } else {
                    replacement = " " + inside + " ";
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            current = out.toString();
        }
        return current.replace('(', ' ').replace(')', ' ');
    }

    /**
     * Splits at spaces and punctuation; takes Latin legal forms and regions off the end ("Siemens Ltd., China");
     * reduces English plurals. Chinese runs stay whole words here.
     */
    private static List<String> latinWords(String text, Set<String> regions) {
        String spaced = PUNCTUATION.matcher(text).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(spaced.isEmpty() ? List.of() : Arrays.asList(SPACES.split(spaced)));
        while (words.size() > 1) {
            String last = words.get(words.size() - 1);
            String region = ChineseRegions.of(last);
            boolean ofRegion = words.get(words.size() - 2).equals("of"); // "Bank of China" keeps its China
            if (LATIN_LEGAL.contains(last)
                    || (region != null && LATIN_WORD.matcher(last).matches() && !ofRegion)) {
                if (region != null && !LATIN_LEGAL.contains(last)) {
                    noteRegion(region, regions);
                }
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return words.stream().map(InvestorNameNormalizer::singular).toList();
    }

    private static String singular(String word) {
        if (!LATIN_WORD.matcher(word).matches() || word.length() <= 4) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** 比亚迪电子有限公司 → 比亚迪电子; XX有限公司上海分公司 → XX; 西门子中国 → 西门子. */
    private static String dropLegalFormsAndTrailingRegions(String name, Set<String> regions) {
        String current = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : LEGAL_SUFFIXES) {
                if (current.endsWith(suffix) && current.length() > suffix.length() + 1) {
                    current = current.substring(0, current.length() - suffix.length());
                    changed = true;
                    break;
                }
            }
            String region = ChineseRegions.trailingForm(current);
            if (region != null) {
                String rest = current.substring(0, current.length() - region.length());
                if (hasBrand(rest)) {
                    noteRegion(ChineseRegions.shortName(region), regions);
                    current = rest;
                    changed = true;
                }
            }
        }
        return current;
    }

    /** 广东省深圳市大疆创新科技 → 大疆创新科技, unless the region is the brand (青岛啤酒 stays). */
    private static String dropLeadingRegions(String name, Set<String> regions) {
        String current = name;
        String region = ChineseRegions.leadingForm(current);
        while (region != null) {
            String rest = current.substring(region.length());
            if (!hasBrand(rest)) {
                break;
            }
            noteRegion(ChineseRegions.shortName(region), regions);
            current = rest;
            region = ChineseRegions.leadingForm(current);
        }
        return current;
    }

    private static void noteRegion(String shortName, Set<String> regions) {
        if (!shortName.equals(ChineseRegions.NATIONAL)) {
            regions.add(shortName);
        }
    }

    /** Whether something other than business words would remain as the brand (at least two characters). */
    private static boolean hasBrand(String name) {
        String brand = splitBusiness(name)[0];
        return brand.codePointCount(0, brand.length()) >= 2;
    }

    /** {brand, business}: business words taken off the end, longest first. */
    private static String[] splitBusiness(String name) {
        String brand = name;
        StringBuilder business = new StringBuilder();
        boolean changed = true;
        while (changed) {
            changed = false;
            String word = BUSINESS.longestSuffixOf(brand);
            if (word != null) {
                brand = brand.substring(0, brand.length() - word.length());
                business.insert(0, word);
                changed = true;
            }
        }
        return new String[] {brand, business.toString()};
    }

    /** The business words of a name's {@link NormalizedName#business()}, in order: 化学科技 → [化学, 科技]. */
    static List<String> businessWords(String business) {
        List<String> found = new ArrayList<>();
        String rest = business;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            String word = BUSINESS.longestSuffixOf(rest);
            if (word != null) {
                found.add(0, word);
                rest = rest.substring(0, rest.length() - word.length());
                changed = true;
            }
        }
        return found;
    }

    /** Every business word the normaliser takes off a name. */
    static List<String> knownBusinessWords() {
        return BUSINESS_WORDS;
    }

    private static List<String> longestFirst(String... words) {
        return Stream.of(words)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Map<Character, Character> bracketMap() {
        String open = "【〔〖「『《〈[{［｛";
        String close = "】〕〗」』》〉]}］｝";
        java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
        for (char c : open.toCharArray()) {
            map.put(c, '(');
        }
        for (char c : close.toCharArray()) {
            map.put(c, ')');
        }
        return Map.copyOf(map);
    }
}
