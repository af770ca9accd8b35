package com.chainleads.claim.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The industry a name's business words (行业/经营特点, see {@link InvestorNameNormalizer}) belong to, so that the
 * matcher can tell "the same 字号 in the same industry" (达旭化学科技 and 达旭化工: a person should look) from "the
 * same 字号 in another industry" (比亚迪汽车 and 比亚迪电子: different legal entities of a group, or unrelated
 * enterprises sharing a 字号). Words that say nothing of the industry — 科技, 技术, 实业, 工业, 制造, 发展, 创新,
 * 产业, 服务, 咨询, 管理, 开发, 研究 and their English counterparts — belong to none: they neither make nor break a
 * match. Every business word the normaliser knows is either in one industry here or deliberately in none
 * ({@code IndustryTest} checks it).
 */
enum Industry {
    SOFTWARE_AND_INTERNET(
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
            "software",
            "system",
            "intelligent",
            "smart",
            "digital",
            "network",
            "communication",
            "telecom",
            "information",
            "internet",
            "computer"),
    ELECTRONICS(
            "电子",
            "微电子",
            "光电",
            "光电子",
            "光学",
            "半导体",
            "集成电路",
            "芯片",
            "显示",
            "终端",
            "electronic",
            "semiconductor",
            "optical",
            "photonic",
            "display",
            "device"),
    ENERGY_AND_ELECTRICAL(
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
            "electric",
            "electrical",
            "energy",
            "power",
            "battery"),
    AUTOMOTIVE("汽车", "汽车工业", "零部件", "部件", "配件", "automotive", "automobile", "vehicle", "motor", "component"),
    MACHINERY(
            "装备", "机械", "设备", "仪器", "仪表", "精密", "机器人", "machinery", "equipment", "instrument", "precision", "robotic"),
    CHEMICALS_AND_MATERIALS("材料", "新材料", "化工", "化学", "塑料", "石化", "石油", "material", "chemical", "petrochemical"),
    METALS_AND_MINING("钢铁", "金属", "矿业", "铜业", "铝业", "steel", "metal", "mining"),
    PHARMA_AND_HEALTH(
            "生物",
            "医药",
            "制药",
            "药业",
            "医疗",
            "医疗器械",
            "器械",
            "健康",
            "pharmaceutical",
            "pharma",
            "biotech",
            "biotechnology",
            "biological",
            "medical",
            "healthcare",
            "health"),
    FOOD_AND_DRINK("食品", "饮料", "啤酒", "酒业", "乳业", "农业", "food", "beverage"),
    CONSUMER_GOODS("纸业", "纺织", "服饰", "家电", "家居", "textile"),
    CULTURE_AND_TOURISM("文化", "传媒", "影视", "旅游", "文旅", "创意", "设计", "游戏", "教育"),
    FINANCE("投资", "资本", "基金", "资产管理", "金融", "银行", "保险", "证券", "investment", "capital", "bank", "insurance"),
    TRADE_AND_LOGISTICS("贸易", "商贸", "物流", "供应链", "运输", "logistic", "trading"),
    TRANSPORT_EQUIPMENT("航空", "航天", "船舶", "轨道交通", "交通"),
    CONSTRUCTION_AND_PROPERTY("建设", "建筑", "工程", "置业", "地产", "房地产", "置地", "物业", "engineering", "construction"),
    ENVIRONMENT("环保", "环境");

    /** Business words that name no industry. */
    static final Set<String> GENERIC = Set.of(
            "科技",
            "技术",
            "实业",
            "工业",
            "制造",
            "发展",
            "创新",
            "产业",
            "服务",
            "咨询",
            "管理",
            "开发",
            "研究",
            "研发",
            "technology",
            "tech",
            "industry",
            "industrial",
            "manufacturing",
            "development",
            "innovation",
            "service",
            "solution",
            "product",
            "research",
            "science",
            "consulting",
            "management");

    private final Set<String> words;

    Industry(String... words) {
        this.words = Set.of(words);
    }

    /** The industries the business words name, e.g. {@code 化学科技} → chemicals and materials. */
    static Set<Industry> of(String business) {
        Set<Industry> found = EnumSet.noneOf(Industry.class);
        for (String word : InvestorNameNormalizer.businessWords(business)) {
            for (Industry industry : values()) {
                if (industry.words.contains(word)) {
                    found.add(industry);
                }
            }
        }
        return found;
    }

    /** Whether two businesses name one industry (words naming none never count). */
    static boolean shareOne(String businessA, String businessB) {
        Set<Industry> a = of(businessA);
        a.retainAll(of(businessB));
        return !a.isEmpty();
    }

    /** Every word some industry holds, for the completeness check. */
    static List<String> allWords() {
        return java.util.Arrays.stream(values()).flatMap(i -> i.words.stream()).toList();
    }
}
