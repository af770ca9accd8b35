package com.chainleads.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB (or MySQL) server of a test's own: its own data directory and port, started, killed and started
 * again on the same data, as a database server that goes away and comes back. Needs {@code mariadbd} and
 * {@code mariadb-install-db} (see {@link RequiresMysqlTools}).
 */
public final class ThrowawayMariaDb implements AutoCloseable {

    public static final String DATABASE = "chainleads_outage";
    public static final String USER = "outage";
    public static final String PASSWORD = "outage-test-pw";

    private final Path directory;
    private final int port;
    private Process server;

    private ThrowawayMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Installs an empty server in a temporary directory, starts it and creates the database and its user. */
    public static ThrowawayMariaDb create() throws IOException, InterruptedException, SQLException {
        Path directory = Files.createTempDirectory("chainleads-mariadb-");
        ThrowawayMariaDb db = new ThrowawayMariaDb(directory, freePort());
        db.install();
        db.start();
        try (Connection root = DriverManager.getConnection(db.url("") + "&user=root&password=");
                Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                sql.execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                sql.execute("GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
            }
        }
        return db;
    }

    public String url() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?connectTimeout=3000&allowPublicKeyRetrieval=true"
                + "&useSSL=false";
    }

    private void install() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                MysqlToolsCondition.require("mariadb-install-db|mysql_install_db")
                        .toString(),
                "--no-defaults",
                "--datadir=" + directory.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        asRootIfRoot(command);
        run(command, directory.resolve("install.log"), Duration.ofMinutes(2));
    }

    /** Starts the server on its data directory and port and waits until it answers. */
    public synchronized void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                MysqlToolsCondition.require("mariadbd|mysqld").toString(),
                "--no-defaults",
                "--datadir=" + directory.resolve("data"),
                "--socket=" + directory.resolve("sock"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--pid-file=" + directory.resolve("pid"),
                "--log-error=" + directory.resolve("error.log"),
                "--skip-log-bin",
                "--innodb-buffer-pool-size=32M",
                "--max-connections=60"));
        asRootIfRoot(command);
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("server.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(url("") + "&user=root&password=")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException(
                            "MariaDB did not start: " + Files.readString(directory.resolve("error.log")));
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("MariaDB did not answer within 60 s on port " + port);
    }

    /** The server goes away at once, as in a crash or a network cut: no orderly shutdown. */
    public synchronized void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private static void asRootIfRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses to run as root otherwise
        }
    }

    private static void run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
