package com.chainleads.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * What the test run may use: the database the integration tests run on (H2 or MySQL), a MySQL server and
 * Chromium. Groups whose infrastructure is missing are skipped, unless {@code -Dchainleads.test.require}
 * names them (as .ci/run does with {@code mysql,browser}); then they fail.
 */
public final class TestInfrastructure {

    public static final String MYSQL = "mysql";
    public static final String BROWSER = "browser";
    public static final String SKIPPED_GROUP_MARKER = "[skipped group]";

    private static volatile String mysqlProblem;
    private static volatile boolean mysqlChecked;

    private TestInfrastructure() {}

    public static boolean onMysql() {
        return MYSQL.equalsIgnoreCase(System.getProperty("chainleads.test.database", "h2"));
    }

    public static boolean required(String group) {
        String required = System.getProperty("chainleads.test.require", "");
        return Arrays.stream(required.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .anyMatch(group::equals);
    }

    public static String mysqlUrl() {
        return System.getProperty("chainleads.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/chainleads_test");
    }

    public static String mysqlUsername() {
        return System.getProperty("chainleads.test.mysql.username", "chainleads");
    }

    public static String mysqlPassword() {
        return System.getProperty("chainleads.test.mysql.password", "chainleads");
    }

    /** {@code null} when MySQL answers, else why not. Checked once per test JVM. */
    public static synchronized String mysqlProblem() {
        if (!mysqlChecked) {
            Properties properties = new Properties();
            properties.setProperty("user", mysqlUsername());
            properties.setProperty("password", mysqlPassword());
            properties.setProperty("connectTimeout", "3000");
            try (Connection ignored = DriverManager.getConnection(mysqlUrl(), properties)) {
                mysqlProblem = null;
            } catch (SQLException e) {
                mysqlProblem =
                        String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            }
            mysqlChecked = true;
        }
        return mysqlProblem;
    }

    public static Path chromium() {
        return Path.of(System.getProperty("chainleads.test.chromium", "/usr/bin/chromium"));
    }

    /** {@code null} when Chromium can be launched, else why not. */
    public static String chromiumProblem() {
        Path chromium = chromium();
        return Files.isExecutable(chromium) ? null : "no Chromium at " + chromium;
    }
}
