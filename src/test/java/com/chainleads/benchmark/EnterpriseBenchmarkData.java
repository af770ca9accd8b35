package com.chainleads.benchmark;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generated enterprises for the library's benchmark cases: firms on the five sectors' links with tiers (some lapsed,
 * some due for renewal), platforms and three years of figures, in proportions like the demo district's, written with
 * JDBC. Whatever the library keeps from them (derived tier, summaries) is rebuilt by the caller afterwards.
 */
final class EnterpriseBenchmarkData {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseBenchmarkData.class);
    private static final int BATCH = 1_000;
    private static final String[] WORDS = {"华鼎", "恒泰", "新域", "中科", "瑞丰", "汉江", "楚天", "联创", "博远", "卓信", "安达", "宏图"};
    private static final String[] KINDS = {"科技", "材料", "电子", "生物", "智能", "文化"};

    private EnterpriseBenchmarkData() {}

    /** Adds generated firms until the library holds {@code wanted}; returns the seconds it took (0 if none). */
    static double topUp(DataSource dataSource, long wanted, long seed) throws SQLException {
        long have = BenchmarkData.count(dataSource, "local_enterprise");
        if (have >= wanted) {
            return 0;
        }
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed + have);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<Long, List<Long>> linksBySector = linksBySector(connection);
            List<Long> sectors = new ArrayList<>(linksBySector.keySet());
            List<Long> officers =
                    BenchmarkData.ids(connection, "select id from app_user where role = 'OFFICER' order by id");
            long nextId = BenchmarkData.maxId(connection, "local_enterprise") + 1;
            long nextTier = BenchmarkData.maxId(connection, "enterprise_tier") + 1;
            long nextPlatform = BenchmarkData.maxId(connection, "innovation_platform") + 1;
            long nextIndicator = BenchmarkData.maxId(connection, "enterprise_indicator") + 1;
            try (PreparedStatement firm = connection.prepareStatement("insert into local_enterprise (id, name,"
                            + " credit_code, cultivation_tier, annual_output_wan, jobs, version, sector_id, above_scale,"
                            + " responsible_officer_id) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
                    PreparedStatement link = connection.prepareStatement(
                            "insert into local_enterprise_link (enterprise_id, chain_link_id) values (?, ?)");
                    PreparedStatement tier = connection.prepareStatement("insert into enterprise_tier (id, version,"
                            + " enterprise_id, tier, granted_on, valid_until, certificate_no) values (?, 0, ?, ?, ?, ?,"
                            + " ?)");
                    PreparedStatement platform = connection.prepareStatement("insert into innovation_platform (id,"
                            + " version, enterprise_id, name, platform_type, platform_level, recognised_on) values (?,"
                            + " 0, ?, ?, ?, ?, ?)");
                    PreparedStatement figures = connection.prepareStatement("insert into enterprise_indicator (id,"
                            + " version, enterprise_id, report_year, revenue_wan, tax_wan, rd_expense_wan, rd_staff,"
                            + " staff, invention_patents, utility_patents, design_patents, software_copyrights) values"
                            + " (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long n = have; n < wanted; n++) {
                    long id = nextId++;
                    long sector = sectors.get(random.nextInt(sectors.size()));
                    List<Long> links = linksBySector.get(sector);
                    boolean aboveScale = random.nextInt(100) < 20;
                    CultivationTier top = topTier(random);
                    BigDecimal revenue = BigDecimal.valueOf(
                                    Math.exp(6 + random.nextDouble() * 6) * (aboveScale ? 3 : 1))
                            .setScale(2, RoundingMode.HALF_UP);
                    firm.setLong(1, id);
                    firm.setString(
                            2,
                            "基准" + WORDS[random.nextInt(WORDS.length)] + n + KINDS[random.nextInt(KINDS.length)]
                                    + "有限公司");
                    firm.setString(
                            3,
                            CreditCode.complete("9142" + String.format("%012d", 700_000_000_000L + n))
                                    .value());
                    if (top == null) {
                        firm.setNull(4, Types.VARCHAR);
                    } else {
                        firm.setString(4, top.name());
                    }
                    firm.setBigDecimal(5, revenue);
                    firm.setInt(6, 10 + random.nextInt(aboveScale ? 2_000 : 300));
                    firm.setLong(7, sector);
                    firm.setBoolean(8, aboveScale);
                    firm.setLong(9, officers.get(random.nextInt(officers.size())));
                    firm.addBatch();
                    long first = links.get(random.nextInt(links.size()));
                    link.setLong(1, id);
                    link.setLong(2, first);
                    link.addBatch();
                    long second = links.get(random.nextInt(links.size()));
                    if (second != first && random.nextBoolean()) {
                        link.setLong(1, id);
                        link.setLong(2, second);
                        link.addBatch();
                    }
                    if (top != null) {
                        for (CultivationTier held : CultivationTier.values()) {
                            if (held.compareTo(top) > 0 || (held == CultivationTier.SINGLE_CHAMPION && top != held)) {
                                continue;
                            }
                            int months = held == CultivationTier.TECH_SME ? 12 : 36;
                            LocalDate granted = today.minusDays(random.nextInt(months * 30 + 200));
                            tier.setLong(1, nextTier++);
                            tier.setLong(2, id);
                            tier.setString(3, held.name());
                            tier.setDate(4, Date.valueOf(granted));
                            tier.setDate(
                                    5, Date.valueOf(granted.plusMonths(months).minusDays(1)));
                            tier.setString(6, "BENCH-" + id + "-" + held.ordinal());
                            tier.addBatch();
                        }
                    }
                    int platforms = random.nextInt(100) < 35 ? 1 + random.nextInt(2) : 0;
                    for (int p = 0; p < platforms; p++) {
                        platform.setLong(1, nextPlatform++);
                        platform.setLong(2, id);
                        platform.setString(3, "基准企业技术中心" + id + "-" + p);
                        platform.setString(4, "ENTERPRISE_TECH_CENTER");
                        platform.setString(5, random.nextInt(10) == 0 ? "PROVINCIAL" : "CITY");
                        platform.setDate(6, Date.valueOf(today.minusDays(random.nextInt(2_000))));
                        platform.addBatch();
                    }
                    BigDecimal yearRevenue = revenue;
                    for (int year = today.getYear() - 1; year >= today.getYear() - 3; year--) {
                        figures.setLong(1, nextIndicator++);
                        figures.setLong(2, id);
                        figures.setInt(3, year);
                        figures.setBigDecimal(4, yearRevenue);
                        figures.setBigDecimal(
                                5,
                                yearRevenue.multiply(BigDecimal.valueOf(0.05)).setScale(2, RoundingMode.HALF_UP));
                        figures.setBigDecimal(
                                6,
                                yearRevenue
                                        .multiply(BigDecimal.valueOf(random.nextDouble() * 0.08))
                                        .setScale(2, RoundingMode.HALF_UP));
                        int staff = 10 + random.nextInt(500);
                        figures.setInt(7, staff / (5 + random.nextInt(10)));
                        figures.setInt(8, staff);
                        figures.setInt(9, random.nextInt(12));
                        figures.setInt(10, random.nextInt(30));
                        figures.setInt(11, random.nextInt(5));
                        figures.setInt(12, random.nextInt(15));
                        figures.addBatch();
                        yearRevenue = yearRevenue
                                .multiply(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.35))
                                .setScale(2, RoundingMode.HALF_UP);
                    }
                    if ((n + 1 - have) % BATCH == 0 || n + 1 == wanted) {
                        firm.executeBatch();
                        link.executeBatch();
                        tier.executeBatch();
                        platform.executeBatch();
                        figures.executeBatch();
                        connection.commit();
                    }
                    if ((n + 1) % 10_000 == 0) {
                        log.info("{} of {} enterprises written", n + 1, wanted);
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze table local_enterprise, local_enterprise_link, enterprise_tier,"
                        + " innovation_platform, enterprise_indicator");
            }
            connection.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** 40 % without a tier, then fewer on each rung, as in a real district. */
    private static CultivationTier topTier(SplittableRandom random) {
        int roll = random.nextInt(1_000);
        if (roll < 400) {
            return null;
        }
        if (roll < 800) {
            return CultivationTier.TECH_SME;
        }
        if (roll < 950) {
            return CultivationTier.HIGH_TECH;
        }
        if (roll < 990) {
            return CultivationTier.SPECIALIZED;
        }
        return roll < 998 ? CultivationTier.LITTLE_GIANT : CultivationTier.SINGLE_CHAMPION;
    }

    private static Map<Long, List<Long>> linksBySector(Connection connection) throws SQLException {
        Map<Long, List<Long>> links = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select sector_id, id from chain_link order by sector_id, id")) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return links;
    }
}
