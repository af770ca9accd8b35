package com.chainleads.tour.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change (context {@code demo} only): one 观摩 tour held twelve days before the demo was loaded, six
 * signed projects on its route, three members who scored every project on every criterion (so the 红黑榜 shows),
 * and one tour planned for the 15th of next month with its route and members but no scores yet.
 */
public class DemoToursChange implements CustomTaskChange {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[][] MEMBERS = {{"周志强", "区委书记"}, {"孙海燕", "区长"}, {"王建国", "分管副区长"}};

    private int tours;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            LocalDate today = LocalDate.now(ZONE);
            List<Long> projects = projects(connection);
            if (projects.size() < 6) {
                return;
            }
            long leader = firstLeader(connection);
            List<Long> criteria = criteria(connection);
            Random random = new Random(20261206L);

            LocalDate held = today.minusDays(12);
            long done = tour(connection, "第三季度全区重点项目建设观摩推进会", held, leader);
            List<Long> stops = stops(connection, done, projects.subList(0, 6));
            List<Long> members = members(connection, done);
            // each project has a quality the members roughly agree on, so the ranking is clear
            int[] quality = {92, 78, 86, 64, 83, 71};
            try (PreparedStatement insert = connection.prepareStatement("insert into tour_score (member_id, "
                    + "stop_id, criterion_id, score, version) values (?, ?, ?, ?, 0)")) {
                for (long member : members) {
                    for (int s = 0; s < stops.size(); s++) {
                        for (long criterion : criteria) {
                            int score = Math.min(100, Math.max(40, quality[s] + random.nextInt(11) - 5));
                            insert.setLong(1, member);
                            insert.setLong(2, stops.get(s));
                            insert.setLong(3, criterion);
                            insert.setBigDecimal(4, BigDecimal.valueOf(score * 10L + random.nextInt(2) * 5L, 1));
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            tours++;

            LocalDate next = today.plusMonths(1).withDayOfMonth(15);
            long planned = tour(connection, next.getYear() + "年" + next.getMonthValue() + "月项目建设观摩会", next, leader);
            stops(connection, planned, projects.subList(projects.size() - 5, projects.size()));
            members(connection, planned);
            tours++;
        } catch (Exception e) {
            throw new CustomChangeException("Could not generate the demo tours", e);
        }
    }

    /** Signed projects under way (开工 or later first), ten at most: one-off read of the demo leads. */
    private static List<Long> projects(Connection connection) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id from investment_lead where stage in ('CONSTRUCTION', "
                        + "'PRODUCTION', 'FULL_CAPACITY', 'INCORPORATED') and signed_on is not null "
                        + "order by stage_rank desc, id desc")) {
            while (rs.next() && ids.size() < 11) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Long> criteria(Connection connection) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id from tour_criterion order by sort_order, id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long firstLeader(Connection connection) throws Exception {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select min(id) from app_user where role = 'LEADER'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long tour(Connection connection, String name, LocalDate on, long by) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into tour (name, tour_date, created_by, created_at, version) values (?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setDate(2, Date.valueOf(on));
            insert.setLong(3, by);
            insert.setTimestamp(
                    4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(20)));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static List<Long> stops(Connection connection, long tour, List<Long> leads) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into tour_stop (tour_id, lead_id, position, version) values (?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < leads.size(); i++) {
                insert.setLong(1, tour);
                insert.setLong(2, leads.get(i));
                insert.setInt(3, i + 1);
                insert.executeUpdate();
                ids.add(key(insert));
            }
        }
        return ids;
    }

    private static List<Long> members(Connection connection, long tour) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into tour_member (tour_id, name, title, version) values (?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (String[] member : MEMBERS) {
                insert.setLong(1, tour);
                insert.setString(2, member[0]);
                insert.setString(3, member[1]);
                insert.executeUpdate();
                ids.add(key(insert));
            }
        }
        return ids;
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return tours + " demo tours generated";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
