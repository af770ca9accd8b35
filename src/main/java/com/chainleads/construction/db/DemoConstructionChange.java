package com.chainleads.construction.db;

import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.evidence.DemoSitePhoto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase change (context {@code demo} only): construction plans for the signed demo leads (签约 … 达产), dated
 * from each lead's signing date and relative to the day the demo is loaded, like the demo leads themselves.
 *
 * <p>Per project: a planned date for every milestone kind; actual dates for the milestones its stage says it has
 * reached (a lead at 投产 has 注册 … 投产), some of them reached late; the first open milestone's planned date lies
 * in the future for most projects, a little in the past for some (滞后) and more than a month in the past for a few
 * (严重滞后). Each reached milestone is confirmed by the lead's officer. Monthly investment figures spread the
 * lead's investment over a two-year plan from signing, completed figures up to last month. A few milestones get a
 * generated site photo (rows here; the files are written at application start, see
 * {@code construction.service.DemoEvidenceFiles}). Last, each project's {@code project_progress} row, computed with
 * the same rules as the service's {@code ProgressWriter} ({@link #progress}), which a test compares.
 *
 * <p>Size: one demo writer for the whole plan of a project — milestones, photos, monthly figures and the summary
 * row depend on each other's dates and totals, so they are generated together.
 */
public class DemoConstructionChange implements CustomTaskChange {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The default of {@code chainleads.construction.severe-delay-days}; lists recompute the status from dates. */
    static final int SEVERE_DELAY_DAYS = 30;
    /** Stage → milestones reached (kinds in sort order: 注册, 供地, 许可, 开工, 封顶, 设备, 投产, 达产). */
    private static final List<String> STAGES =
            List.of("SIGNED", "INCORPORATED", "CONSTRUCTION", "PRODUCTION", "FULL_CAPACITY");
    /** Typical days from signing to each milestone. */
    private static final int[] TYPICAL_DAYS = {30, 90, 150, 210, 390, 480, 570, 750};
    /** Site photos: at most this many projects get one per reached milestone among 开工, 封顶, 投产. */
    private static final int PHOTO_PROJECTS = 6;

    private long seed = 20261206L;
    private int projects;

    public void setSeed(String seed) {
        this.seed = Long.parseLong(seed);
    }

    record Kind(long id, String code, String nameZh) {}

    record Lead(
            long id,
            String projectName,
            String stage,
            LocalDate signedOn,
            long ownerId,
            @Nullable BigDecimal basis) {}

    record Line(Kind kind, LocalDate plannedOn, @Nullable LocalDate actualOn) {}

    /** The summary row as {@code ProgressWriter} writes it. */
    record Progress(
            @Nullable Long nextKindId,
            @Nullable LocalDate nextPlannedOn,
            @Nullable LocalDate earliestOpenPlannedOn,
            @Nullable Long latestKindId,
            @Nullable LocalDate latestActualOn,
            String status,
            BigDecimal completedTotal,
            BigDecimal plannedTotal,
            int evidenceCount) {}

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            LocalDate today = LocalDate.now(ZONE);
            List<Kind> kinds = kinds(connection);
            int photoProjects = 0;
            for (Lead lead : signedLeads(connection)) {
                Random random = new Random(seed * 31 + lead.id());
                List<Line> plan = plan(lead, kinds, today, random);
                List<Long> ids = writeMilestones(connection, lead, plan);
                int evidence = 0;
                if (photoProjects < PHOTO_PROJECTS && plan.get(3).actualOn() != null) {
                    evidence = writePhotos(connection, lead, plan, ids);
                    photoProjects++;
                }
                BigDecimal[] totals = writeInvestment(connection, lead, plan, today, random);
                writeProgress(connection, lead.id(), progress(plan, totals[0], totals[1], evidence, today));
                projects++;
            }
        } catch (Exception e) {
            throw new CustomChangeException("Could not generate the demo construction plans", e);
        }
    }

    private static List<Kind> kinds(Connection connection) throws Exception {
        List<Kind> kinds = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, code, name_zh from milestone_kind where active = true order by sort_order, id")) {
            while (rs.next()) {
                kinds.add(new Kind(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        if (kinds.size() != TYPICAL_DAYS.length) {
            throw new IllegalStateException("Expected the 8 reference milestone kinds, found " + kinds.size());
        }
        return kinds;
    }

    private static List<Lead> signedLeads(Connection connection) throws Exception {
        List<Lead> leads = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id, project_name, stage, signed_on, owner_id, total_investment, "
                        + "signed_amount from investment_lead where stage in ('SIGNED', 'INCORPORATED', "
                        + "'CONSTRUCTION', 'PRODUCTION', 'FULL_CAPACITY') and signed_on is not null order by id")) {
            while (rs.next()) {
                BigDecimal total = rs.getBigDecimal(6);
                BigDecimal signed = rs.getBigDecimal(7);
                BigDecimal basis = total != null && total.signum() > 0
                        ? total
                        : signed != null && signed.signum() > 0 ? signed : null;
                leads.add(new Lead(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getLong(5),
                        basis));
            }
        }
        return leads;
    }

    /** How many milestones (in order) a lead at {@code stage} has reached. */
    static int reached(String stage) {
        return switch (stage) {
            case "INCORPORATED" -> 1;
            case "CONSTRUCTION" -> 4;
            case "PRODUCTION" -> 7;
            case "FULL_CAPACITY" -> 8;
            default -> 0;
        };
    }

    /** The plan of one project: reached milestones spread between signing and today, open ones after. */
    static List<Line> plan(Lead lead, List<Kind> kinds, LocalDate today, Random random) {
        LocalDate signed = lead.signedOn().isAfter(today) ? today : lead.signedOn();
        int reached = reached(lead.stage());
        if (reached == 4 && random.nextInt(3) == 0) {
            reached = 5; // some projects under construction have already topped out
        }
        long span = Math.max(reached, ChronoUnit.DAYS.between(signed, today));
        List<Line> plan = new ArrayList<>();
        LocalDate previous = signed;
        for (int i = 0; i < reached; i++) {
            // actual dates in order, between signing and a few days ago
            long at = Math.max(0, (span - 3) * (i + 1) / (reached + 1) + random.nextInt(5));
            LocalDate actual = signed.plusDays(Math.min(at, span));
            if (actual.isBefore(previous)) {
                actual = previous;
            }
            if (actual.isAfter(today)) {
                actual = today;
            }
            // about one in three reached late (planned 5–40 days earlier), the rest on time or early
            int shift = random.nextInt(3) == 0 ? -(5 + random.nextInt(36)) : random.nextInt(20);
            LocalDate planned = actual.plusDays(shift);
            if (planned.isBefore(signed)) {
                planned = signed;
            }
            if (!plan.isEmpty() && planned.isBefore(plan.get(i - 1).plannedOn())) {
                planned = plan.get(i - 1).plannedOn(); // a plan's dates are in the milestones' order
            }
            plan.add(new Line(kinds.get(i), planned, actual));
            previous = actual;
        }
        if (reached < kinds.size()) {
            // the first open milestone decides the status: 58 % on time, 27 % 滞后, 15 % 严重滞后 — as far as
            // the project's age allows (a project signed last week cannot be a month late)
            int draw = random.nextInt(100);
            int age = (int) ChronoUnit.DAYS.between(signed, today);
            LocalDate first;
            if (draw >= 85 && age > 40) {
                first = today.minusDays(35 + random.nextInt(Math.min(80, age - 38)));
            } else if (draw >= 58 && age > 10) {
                first = today.minusDays(3 + random.nextInt(Math.min(25, age - 8)));
            } else {
                first = today.plusDays(10 + random.nextInt(90));
            }
            // a plan's dates are in the milestones' order: a project late on its next milestone was planned
            // tighter all along, so its earlier milestones were planned between signing and it (reached late)
            long room = ChronoUnit.DAYS.between(signed, first);
            boolean tighten = false;
            for (Line line : plan) {
                tighten |= line.plannedOn().isAfter(first);
            }
            for (int i = 0; tighten && i < plan.size(); i++) {
                Line line = plan.get(i);
                // the smaller of two series of dates in order is in order
                LocalDate tighter = signed.plusDays(room * (i + 1) / (plan.size() + 1));
                if (line.plannedOn().isAfter(tighter)) {
                    plan.set(i, new Line(line.kind(), tighter, line.actualOn()));
                }
            }
            plan.add(new Line(kinds.get(reached), first, null));
            LocalDate planned = first;
            for (int i = reached + 1; i < kinds.size(); i++) {
                planned = planned.plusDays(Math.max(30, TYPICAL_DAYS[i] - TYPICAL_DAYS[i - 1]) + random.nextInt(30));
                plan.add(new Line(kinds.get(i), planned, null));
            }
        }
        return plan;
    }

    private static List<Long> writeMilestones(Connection connection, Lead lead, List<Line> plan) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into project_milestone (lead_id, kind_id, planned_on, actual_on, confirmed_by_id, "
                        + "confirmed_at, note, version) values (?, ?, ?, ?, ?, ?, null, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Line line : plan) {
                insert.setLong(1, lead.id());
                insert.setLong(2, line.kind().id());
                insert.setDate(3, Date.valueOf(line.plannedOn()));
                if (line.actualOn() == null) {
                    insert.setNull(4, java.sql.Types.DATE);
                    insert.setNull(5, java.sql.Types.BIGINT);
                    insert.setNull(6, java.sql.Types.TIMESTAMP);
                } else {
                    insert.setDate(4, Date.valueOf(line.actualOn()));
                    insert.setLong(5, lead.ownerId());
                    insert.setTimestamp(6, utc(confirmedAt(line.actualOn())));
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The officer confirms a milestone the afternoon it is reached. */
    private static Instant confirmedAt(LocalDate day) {
        return day.atTime(LocalTime.of(17, 30)).atZone(ZONE).toInstant();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A photo for each reached milestone among 开工, 主体封顶, 投产 (kinds 4, 5, 7 of the plan). */
    private static int writePhotos(Connection connection, Lead lead, List<Line> plan, List<Long> ids) throws Exception {
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into milestone_evidence (milestone_id, lead_id, file_type, file_name, size_bytes, "
                        + "storage_key, thumbnail_key, captured_at, uploaded_by_id, uploaded_at, version) "
                        + "values (?, ?, 'JPEG', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int index : new int[] {3, 4, 6}) {
                Line line = plan.get(index);
                if (line.actualOn() == null) {
                    continue;
                }
                DemoSitePhoto photo =
                        new DemoSitePhoto(lead.projectName(), line.kind().nameZh(), line.actualOn());
                String key = DemoSitePhoto.key(lead.id(), line.kind().code());
                insert.setLong(1, ids.get(index));
                insert.setLong(2, lead.id());
                insert.setString(3, photo.fileName());
                insert.setLong(4, photo.jpeg().length);
                insert.setString(5, key);
                insert.setString(6, DemoSitePhoto.thumbnailKey(key));
                insert.setTimestamp(
                        7, utc(line.actualOn().atTime(10, 15).atZone(ZONE).toInstant()));
                insert.setLong(8, lead.ownerId());
                insert.setTimestamp(9, utc(confirmedAt(line.actualOn())));
                insert.executeUpdate();
                written++;
            }
        }
        return written;
    }

    /** One month of 完成投资: planned, and completed up to last month. */
    record Month(
            LocalDate monthStart,
            BigDecimal planned,
            @Nullable BigDecimal completed) {}

    /** A project's months and their planned and completed totals. */
    record Investment(List<Month> months, BigDecimal plannedTotal, BigDecimal completedTotal) {}

    /**
     * Monthly figures: the investment spread evenly over 24 months from the signing month (planned), completed up
     * to last month at 75–105 % of the plan (45–84 % on delayed projects), never more than the investment. Returns
     * planned and completed totals.
     */
    private static BigDecimal[] writeInvestment(
            Connection connection, Lead lead, List<Line> plan, LocalDate today, Random random) throws Exception {
        Investment investment = investment(lead, plan, today, random);
        if (!investment.months().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into project_investment_month "
                    + "(lead_id, month_start, planned, completed, version) values (?, ?, ?, ?, 0)")) {
                for (Month month : investment.months()) {
                    insert.setLong(1, lead.id());
                    insert.setDate(2, Date.valueOf(month.monthStart()));
                    insert.setBigDecimal(3, month.planned());
                    insert.setBigDecimal(4, month.completed());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return new BigDecimal[] {investment.plannedTotal(), investment.completedTotal()};
    }

    /** The figures {@link #writeInvestment} writes, drawn from {@code random}; no months without an investment. */
    static Investment investment(Lead lead, List<Line> plan, LocalDate today, Random random) {
        List<Month> months = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        BigDecimal basis = lead.basis();
        if (basis == null) {
            return new Investment(months, planned, completed);
        }
        boolean late = plan.stream()
                .anyMatch(l -> l.actualOn() == null && l.plannedOn().isBefore(today));
        BigDecimal perMonth = basis.divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP);
        YearMonth first = YearMonth.from(lead.signedOn());
        YearMonth current = YearMonth.from(today);
        for (int i = 0; i < 24; i++) {
            YearMonth month = first.plusMonths(i);
            BigDecimal done = null;
            if (month.isBefore(current)) {
                int percent = late ? 45 + random.nextInt(40) : 75 + random.nextInt(31);
                done = perMonth.multiply(BigDecimal.valueOf(percent))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                if (completed.add(done).compareTo(basis) > 0) {
                    done = basis.subtract(completed);
                }
                completed = completed.add(done);
            }
            planned = planned.add(perMonth);
            months.add(new Month(month.atDay(1), perMonth, done));
        }
        return new Investment(months, planned, completed);
    }

    /** The summary row by the rules of {@code ProgressWriter.write}: same inputs, same {@link ScheduleClock}. */
    static Progress progress(
            List<Line> plan, BigDecimal plannedTotal, BigDecimal completedTotal, int evidence, LocalDate today) {
        Line next = plan.stream().filter(l -> l.actualOn() == null).findFirst().orElse(null);
        Line latest = null;
        for (Line line : plan) {
            if (line.actualOn() != null && (latest == null || !line.actualOn().isBefore(latest.actualOn()))) {
                latest = line;
            }
        }
        List<ScheduleClock.Dates> dates = plan.stream()
                .map(l -> new ScheduleClock.Dates(l.plannedOn(), l.actualOn()))
                .toList();
        return new Progress(
                next == null ? null : next.kind().id(),
                next == null ? null : next.plannedOn(),
                ScheduleClock.earliestOpenPlanned(dates),
                latest == null ? null : latest.kind().id(),
                latest == null ? null : latest.actualOn(),
                new ScheduleClock(SEVERE_DELAY_DAYS).projectStatus(dates, today).name(),
                completedTotal,
                plannedTotal,
                evidence);
    }

    /** The summary row's insert: {@link #bindProgress} sets its parameters (the benchmark batches it too). */
    static final String PROGRESS_INSERT = "insert into project_progress (lead_id, "
            + "next_kind_id, next_planned_on, earliest_open_planned_on, latest_kind_id, latest_actual_on, "
            + "status, completed_total, planned_total, evidence_count, updated_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static void writeProgress(Connection connection, long leadId, Progress p) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(PROGRESS_INSERT)) {
            bindProgress(insert, leadId, p);
            insert.executeUpdate();
        }
    }

    static void bindProgress(PreparedStatement insert, long leadId, Progress p) throws SQLException {
        insert.setLong(1, leadId);
        insert.setObject(2, p.nextKindId(), java.sql.Types.BIGINT);
        insert.setObject(3, p.nextPlannedOn() == null ? null : Date.valueOf(p.nextPlannedOn()), java.sql.Types.DATE);
        insert.setObject(
                4,
                p.earliestOpenPlannedOn() == null ? null : Date.valueOf(p.earliestOpenPlannedOn()),
                java.sql.Types.DATE);
        insert.setObject(5, p.latestKindId(), java.sql.Types.BIGINT);
        insert.setObject(6, p.latestActualOn() == null ? null : Date.valueOf(p.latestActualOn()), java.sql.Types.DATE);
        insert.setString(7, p.status());
        insert.setBigDecimal(8, p.completedTotal());
        insert.setBigDecimal(9, p.plannedTotal());
        insert.setInt(10, p.evidenceCount());
        insert.setTimestamp(11, utc(Instant.now()));
    }

    @Override
    public String getConfirmationMessage() {
        return projects + " demo construction plans generated";
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
