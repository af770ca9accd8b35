package com.chainleads.transfer;

import static com.chainleads.transfer.Workbooks.row;

import com.chainleads.base.domain.CreditCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Lead import files (项目名称, 投资主体, 统一社会信用代码, 产业领域 …) with credit codes unique per run. */
public final class DemoFiles {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private DemoFiles() {}

    /** A valid credit code never used before in this JVM. */
    public static String newCreditCode() {
        String body = String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        return CreditCode.complete("91420100" + body).value();
    }

    public static List<Object> header() {
        return row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "项目类型", "总投资（万元）", "首报时间", "风口产业", "需协调事项", "招商渠道");
    }

    /** Two valid rows and one with problems in 统一社会信用代码 and 产业领域. */
    public static Path mixed(Path file) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        rows.add(row(
                "光谷芯片封装测试基地",
                "武汉芯联科技有限公司",
                newCreditCode(),
                "电子信息",
                "新建",
                350000.5,
                LocalDate.of(2026, 3, 2),
                "是",
                null,
                "展会招商"));
        rows.add(row(
                "生物药 CDMO 平台",
                "东湖生物医药集团",
                newCreditCode(),
                "Biomedicine",
                "增资",
                "12,000",
                "2026年3月5日",
                "否",
                "=HYPERLINK(\"http://example.com\")",
                "Fund"));
        rows.add(row("无效行", "某公司", "91420100MA4K2B3C00", "航空航天", null, null, null, null, null, "自主招商"));
        return Workbooks.write(file, rows);
    }

    /**
     * A large demo file written as Excel writes it (shared strings), with varied values so it compresses like
     * real data; every {@code badEvery}-th row has a bad credit code (0 for none).
     */
    public static Path large(Path file, int rows, int badEvery) {
        String[] sectors = {"智能制造", "电子信息", "新材料", "生物医药", "文旅文创"};
        String[] types = {"新建", "增资", "总部", "研发"};
        java.util.Random random = new java.util.Random(rows);
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook =
                        new org.apache.poi.xssf.streaming.SXSSFWorkbook(null, 200, true, true);
                java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("演示项目");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var header = sheet.createRow(0);
            List<Object> headers = header();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue((String) headers.get(c));
            }
            LocalDate start = LocalDate.of(2020, 1, 1);
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("项目" + r + "·" + Long.toString(random.nextLong() & 0xffffffL, 36));
                row.createCell(1).setCellValue(investorName(random));
                boolean bad = badEvery > 0 && r % badEvery == 0;
                row.createCell(2).setCellValue(bad ? "91420100MA4K2B3C00" : newCreditCode());
                row.createCell(3).setCellValue(sectors[random.nextInt(sectors.length)]);
                row.createCell(4).setCellValue(types[random.nextInt(types.length)]);
                row.createCell(5).setCellValue(random.nextInt(10_000_000) / 100.0);
                var date = row.createCell(6);
                date.setCellValue(start.plusDays(random.nextInt(2000)));
                date.setCellStyle(dates);
                row.createCell(7).setCellValue(random.nextBoolean() ? "是" : "否");
                if (random.nextInt(4) == 0) {
                    row.createCell(8).setCellValue("需协调" + Long.toString(random.nextLong(), 36));
                }
                row.createCell(9).setCellValue("以商招商");
            }
            workbook.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private static final String[] CITIES = {
        "深圳", "广州", "东莞", "上海", "苏州", "杭州", "宁波", "无锡", "合肥", "南京", "北京", "天津", "成都", "重庆", "武汉", "长沙", "郑州", "南昌",
        "西安", "厦门", "青岛", "济南", "", ""
    };
    private static final String COMMON_BRAND_CHARS = "华鼎新创恒盛瑞博联睿科锐迈泰远达汇川精英卓越天宏晶安康宇立信诚凯旭润隆";
    private static final String BRAND_CHARS = COMMON_BRAND_CHARS + "德正中海金通明光辉腾飞云峰嘉和振兴永昌长丰顺泽鑫源元亨佳美优普众合力维伟豪朗晟昊铭瀚坤乾龙凤麒祥福春";
    private static final String[] INDUSTRIES = {
        "精密传动", "智能装备", "机器人", "数控科技", "自动化", "工业软件", "半导体", "微电子", "光电科技", "集成电路", "电子科技", "信息技术", "新材料", "高分子材料",
        "碳材料", "合金科技", "生物医药", "制药", "生物科技", "医疗器械", "药业", "文化旅游", "文化传媒", "数字娱乐", "新能源", "储能科技", "汽车零部件", "环保科技", "物流",
        "食品"
    };
    private static final String[] FORMS = {"有限公司", "股份有限公司", "科技有限公司", "集团有限公司", "科技股份有限公司", "有限责任公司"};

    /**
     * A realistic, varied investor name as officers type them: region, a two- or three-character brand (字号),
     * business words and legal form — 苏州恒锐精密传动科技有限公司. About one row in twenty-five uses a brand of the
     * demo data's (two common characters), so some rows meet stored leads on the same or a similar enterprise, as
     * a real file does; the rest are mostly new enterprises, with some repeated within the file.
     */
    static String investorName(java.util.Random random) {
        String city = CITIES[random.nextInt(CITIES.length)];
        String brand;
        if (random.nextInt(25) == 0) {
            brand = "" + COMMON_BRAND_CHARS.charAt(random.nextInt(COMMON_BRAND_CHARS.length()))
                    + COMMON_BRAND_CHARS.charAt(random.nextInt(COMMON_BRAND_CHARS.length()));
        } else {
            int length = random.nextInt(3) == 0 ? 3 : 2;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())));
            }
            brand = b.toString();
        }
        return city + brand + INDUSTRIES[random.nextInt(INDUSTRIES.length)] + FORMS[random.nextInt(FORMS.length)];
    }

    /** Only valid rows. */
    public static Path valid(Path file, int count) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        for (int i = 0; i < count; i++) {
            rows.add(row(
                    "项目" + i, "投资主体" + i, newCreditCode(), "智能制造", "新建", 1000 + i, "2026-01-15", "否", null, "自主招商"));
        }
        return Workbooks.write(file, rows);
    }
}
