package com.chainleads.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.RequiresMysqlTools;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case 17: the documented backup and restore (scripts/backup.sh, scripts/restore.sh) round-trip the test
 * database into a fresh one — every table with as many rows, the leads and the change log with the same checksum.
 * The MySQL user needs rights on {@code <test database>_%} to create the scratch database (.ci/run grants them).
 */
@IntegrationTest
@RequiresMysqlTools({"mysqldump|mariadb-dump", "mysql|mariadb", "gzip", "sha256sum", "bash"})
class BackupRestoreIT {

    @Autowired
    LeadService leads;

    @Autowired
    SignIn signIn;

    @TempDir
    Path directory;

    private final String source = databaseName(TestInfrastructure.mysqlUrl());
    private final String scratch =
            source + "_restore_" + UUID.randomUUID().toString().substring(0, 8);

    static String databaseName(String url) {
        return url.replaceFirst("^jdbc:[a-z]+://[^/]+/", "").replaceFirst("[?].*$", "");
    }

    private static String url(String database) {
        return TestInfrastructure.mysqlUrl().replaceFirst("(^jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + database);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                url(database), TestInfrastructure.mysqlUsername(), TestInfrastructure.mysqlPassword());
    }

    @BeforeEach
    void mayCreateTheScratchDatabase() throws SQLException {
        try (Connection connection = connect(source);
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE `" + scratch + "`");
            sql.execute("DROP DATABASE `" + scratch + "`");
        } catch (SQLException denied) {
            String reason = "the test user may not create " + scratch + " (grant ALL on `" + source.replace("_", "\\_")
                    + "\\_%`.* as .ci/run does): " + denied.getMessage();
            if (TestInfrastructure.required(TestInfrastructure.MYSQL)) {
                throw new IllegalStateException(reason, denied);
            }
            Assumptions.abort(reason);
        }
    }

    @AfterEach
    void dropTheScratchDatabase() throws SQLException {
        try (Connection connection = connect(source);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
        }
    }

    record Result(int exitCode, String output) {}

    private Result script(String name, String database, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", Path.of("scripts", name).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("CHAINLEADS_DB_URL", url(database));
        environment.put("CHAINLEADS_DB_USERNAME", TestInfrastructure.mysqlUsername());
        environment.put("CHAINLEADS_DB_PASSWORD", TestInfrastructure.mysqlPassword());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '" + database + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** SHA-256 over every column of every row, in id order. */
    private static String checksum(String database, String table) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT * FROM `" + table + "` ORDER BY id")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = rows.getString(i);
                    digest.update((value == null ? "\u0000NULL" : value).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long checksumTable(String database, String table) throws SQLException {
        try (Connection connection = connect(database);
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery("CHECKSUM TABLE `" + table + "`")) {
            result.next();
            return result.getLong(2);
        }
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasEveryRowAndTheSameLeads() throws Exception {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("备份'\"\\测试😀" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("备份恢复测试有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        draft.setText(SiteNeeds.COORDINATION_ITEMS, "第一行\n第二行\t制表 'quote' \"double\" \\ backslash 𠀀");
        LeadDetails lead = signIn.as("officer1", () -> leads.create(draft));
        Path backup = directory.resolve("chainleads.sql.gz");

        Result backedUp = script("backup.sh", source, backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backup).isNotEmptyFile();
        assertThat(Path.of(backup + ".sha256")).content().contains("chainleads.sql.gz");
        Result restored = script("restore.sh", scratch, backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();

        Map<String, Long> before = rowCounts(source);
        assertThat(before).containsKeys("investment_lead", "lead_audit_entry", "app_user", "DATABASECHANGELOG");
        assertThat(before.get("investment_lead")).isPositive();
        assertThat(rowCounts(scratch)).isEqualTo(before);
        for (String table : List.of("investment_lead", "lead_follow_up", "lead_audit_entry", "app_user")) {
            assertThat(checksum(scratch, table)).as(table).isEqualTo(checksum(source, table));
        }
        assertThat(checksumTable(scratch, "investment_lead")).isEqualTo(checksumTable(source, "investment_lead"));
        try (Connection connection = connect(scratch);
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(
                        "SELECT project_name, coordination_items FROM investment_lead " + "WHERE id = " + lead.id())) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(draft.getProjectName());
            assertThat(row.getString(2)).isEqualTo(draft.text(SiteNeeds.COORDINATION_ITEMS));
        }
    }

    @Test
    void restoreRefusesADatabaseThatHasTablesAndADamagedBackup() throws Exception {
        Path backup = directory.resolve("chainleads.sql.gz");
        assertThat(script("backup.sh", source, backup.toString()).exitCode()).isZero();

        Result overExisting = script("restore.sh", source, backup.toString());
        assertThat(overExisting.exitCode()).isNotZero();
        assertThat(overExisting.output()).contains("already has").contains("--force");

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(backup, bytes);
        Result damaged = script("restore.sh", scratch, backup.toString());
        assertThat(damaged.exitCode()).isNotZero();
        assertThat(damaged.output()).contains("does not match its SHA-256");
        try (Connection connection = connect(source);
                Statement sql = connection.createStatement();
                ResultSet schemas = sql.executeQuery("SELECT COUNT(*) FROM information_schema.schemata "
                        + "WHERE schema_name = '" + scratch + "'")) {
            schemas.next();
            assertThat(schemas.getInt(1))
                    .as("nothing restored from a damaged backup")
                    .isZero();
        }
    }
}
