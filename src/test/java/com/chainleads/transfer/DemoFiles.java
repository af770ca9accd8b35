package com.chainleads.transfer;

import static com.chainleads.transfer.Workbooks.row;

import com.chainleads.base.domain.CreditCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Files for the demo import (项目名称, 投资主体, 统一社会信用代码, 产业领域 …) with credit codes unique per run. */
public final class DemoFiles {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private DemoFiles() {
    }

    /** A valid credit code never used before in this JVM. */
    public static String newCreditCode() {
        String body = String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        return CreditCode.complete("91420100" + body).value();
    }

    public static List<Object> header() {
        return row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "项目类型", "总投资（万元）", "首报日期", "风口产业", "备注");
    }

    /** Two valid rows and one with problems in 统一社会信用代码 and 产业领域. */
    public static Path mixed(Path file) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        rows.add(row("光谷芯片封装测试基地", "武汉芯联科技有限公司", newCreditCode(), "电子信息", "新建", 350000.5,
                LocalDate.of(2026, 3, 2), "是", null));
        rows.add(row("生物药 CDMO 平台", "东湖生物医药集团", newCreditCode(), "Biomedicine", "增资", "12,000",
                "2026年3月5日", "否", "=HYPERLINK(\"http://example.com\")"));
        rows.add(row("无效行", "某公司", "91420100MA4K2B3C00", "航空航天", null, null, null, null, null));
        return Workbooks.write(file, rows);
    }

    /** Only valid rows. */
    public static Path valid(Path file, int count) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        for (int i = 0; i < count; i++) {
            rows.add(row("项目" + i, "投资主体" + i, newCreditCode(), "智能制造", "新建", 1000 + i, "2026-01-15", "否", null));
        }
        return Workbooks.write(file, rows);
    }
}
