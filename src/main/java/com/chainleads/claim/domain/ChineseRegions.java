package com.chainleads.claim.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Administrative regions as they appear in enterprise names: the provinces (省, 自治区, 直辖市, 特别行政区) and the
 * cities investors most often register in, each under its short name (深圳 for 深圳市), with the province a city
 * lies in, and the Latin spellings used in English names. Used to recognise a region written before the brand
 * (深圳市比亚迪…), after it in brackets (比亚迪电子（深圳）…) or at the end (西门子中国).
 */
final class ChineseRegions {

    /** The national qualifier: 中国 / China says nothing about where an enterprise is registered. */
    static final String NATIONAL = "中国";

    private static final String[] PROVINCES = {
        "北京市",
        "天津市",
        "上海市",
        "重庆市",
        "河北省",
        "山西省",
        "辽宁省",
        "吉林省",
        "黑龙江省",
        "江苏省",
        "浙江省",
        "安徽省",
        "福建省",
        "江西省",
        "山东省",
        "河南省",
        "湖北省",
        "湖南省",
        "广东省",
        "海南省",
        "四川省",
        "贵州省",
        "云南省",
        "陕西省",
        "甘肃省",
        "青海省",
        "台湾省",
        "内蒙古自治区",
        "广西壮族自治区",
        "西藏自治区",
        "宁夏回族自治区",
        "新疆维吾尔自治区",
        "香港特别行政区",
        "澳门特别行政区"
    };

    /** city → its province (short names). */
    private static final String[][] CITIES = {
        {"广东", "广州", "深圳", "珠海", "汕头", "佛山", "东莞", "中山", "惠州", "江门", "肇庆", "湛江"},
        {"江苏", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州", "盐城", "泰州", "镇江", "昆山", "江阴", "张家港", "常熟"},
        {"浙江", "杭州", "宁波", "温州", "嘉兴", "绍兴", "金华", "台州", "湖州", "义乌"},
        {"山东", "济南", "青岛", "烟台", "潍坊", "淄博", "临沂", "威海"},
        {"福建", "福州", "厦门", "泉州", "漳州", "莆田", "宁德"},
        {"湖北", "武汉", "襄阳", "宜昌", "十堰"},
        {"湖南", "长沙", "株洲", "湘潭", "岳阳", "衡阳", "常德"},
        {"河南", "郑州", "洛阳", "新乡", "许昌"},
        {"安徽", "合肥", "芜湖", "蚌埠", "马鞍山"},
        {"江西", "南昌", "赣州", "九江"},
        {"四川", "成都", "绵阳", "宜宾", "德阳"},
        {"陕西", "西安", "宝鸡"},
        {"河北", "石家庄", "保定", "唐山", "廊坊"},
        {"山西", "太原"},
        {"辽宁", "沈阳", "大连", "鞍山"},
        {"吉林", "长春"},
        {"黑龙江", "哈尔滨", "大庆"},
        {"内蒙古", "呼和浩特", "包头", "鄂尔多斯"},
        {"广西", "南宁", "柳州", "桂林"},
        {"海南", "海口", "三亚"},
        {"贵州", "贵阳"},
        {"云南", "昆明"},
        {"西藏", "拉萨"},
        {"甘肃", "兰州"},
        {"青海", "西宁"},
        {"宁夏", "银川"},
        {"新疆", "乌鲁木齐"}
    };

    private static final Map<String, String> LATIN = Map.ofEntries(
            Map.entry("china", NATIONAL),
            Map.entry("prc", NATIONAL),
            Map.entry("asia", NATIONAL),
            Map.entry("asiapacific", NATIONAL),
            Map.entry("beijing", "北京"),
            Map.entry("shanghai", "上海"),
            Map.entry("tianjin", "天津"),
            Map.entry("chongqing", "重庆"),
            Map.entry("shenzhen", "深圳"),
            Map.entry("guangzhou", "广州"),
            Map.entry("suzhou", "苏州"),
            Map.entry("hangzhou", "杭州"),
            Map.entry("nanjing", "南京"),
            Map.entry("wuhan", "武汉"),
            Map.entry("chengdu", "成都"),
            Map.entry("xian", "西安"),
            Map.entry("hefei", "合肥"),
            Map.entry("changsha", "长沙"),
            Map.entry("zhengzhou", "郑州"),
            Map.entry("qingdao", "青岛"),
            Map.entry("dalian", "大连"),
            Map.entry("xiamen", "厦门"),
            Map.entry("ningbo", "宁波"),
            Map.entry("wuxi", "无锡"),
            Map.entry("dongguan", "东莞"),
            Map.entry("hongkong", "香港"),
            Map.entry("hk", "香港"),
            Map.entry("macau", "澳门"),
            Map.entry("macao", "澳门"),
            Map.entry("taiwan", "台湾"));

    /** written form (深圳市, 深圳, 广东省, 广东, 中国) → short name; longest forms first for prefix matching. */
    private static final Map<String, String> WRITTEN = new HashMap<>();

    private static final Affixes WRITTEN_FORMS;
    private static final Map<String, String> PROVINCE_OF = new HashMap<>();

    static {
        for (String full : PROVINCES) {
            String shortName = full.replaceAll("(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$", "");
            WRITTEN.put(full, shortName);
            WRITTEN.put(shortName, shortName);
        }
        for (String[] province : CITIES) {
            for (int i = 1; i < province.length; i++) {
                WRITTEN.put(province[i] + "市", province[i]);
                WRITTEN.put(province[i], province[i]);
                PROVINCE_OF.put(province[i], province[0]);
            }
        }
        WRITTEN.put(NATIONAL, NATIONAL);
        WRITTEN.put("中华人民共和国", NATIONAL);
        WRITTEN_FORMS = Affixes.of(WRITTEN.keySet());
    }

    private ChineseRegions() {}

    /** A region written on its own (in brackets, as a Latin token): its short name, else {@code null}. */
    static @Nullable String of(String text) {
        String chinese = WRITTEN.get(text);
        return chinese != null ? chinese : LATIN.get(text);
    }

    /** The longest written region that {@code name} starts with, or {@code null}. */
    static @Nullable String leadingForm(String name) {
        return WRITTEN_FORMS.longestPrefixOf(name);
    }

    /** The longest written region that {@code name} ends with, or {@code null}. */
    static @Nullable String trailingForm(String name) {
        return WRITTEN_FORMS.longestSuffixOf(name);
    }

    static String shortName(String writtenForm) {
        return WRITTEN.getOrDefault(writtenForm, writtenForm);
    }

    /** Both may be the same place: equal, or one is the province the other city lies in. */
    static boolean compatible(String a, String b) {
        return a.equals(b) || a.equals(PROVINCE_OF.get(b)) || b.equals(PROVINCE_OF.get(a));
    }

    /** Two sets of regions that cannot describe the same registration, e.g. {深圳} and {上海}. */
    static boolean conflict(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (!compatible(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
