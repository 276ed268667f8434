package org.csip.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from the embedded binaries on Maven Central (no Docker, no system package), with one
 * database per service and a {@code csip} login they share locally.
 */
public final class PostgresLauncher implements StackPart {
    public static final String USER = "csip";
    public static final String PASSWORD = "csip";

    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final List<String> databases;
    private EmbeddedPostgres postgres;
    /** Set by {@link #stopKeepingData()}: the next {@link #start()} restarts the same server on the same data. */
    private volatile boolean keepData;
    private int lastPort;

    /** @param port the port to listen on, or 0 for any free one */
    public PostgresLauncher(int port, Path dataDir, Path logFile, List<String> databases) {
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.databases = List.copyOf(databases);
    }

    @Override
    public String name() {
        return "postgres";
    }

    /**
     * Stops the server as an operator's restart does ({@code pg_ctl stop -m fast}: open connections are cut, committed
     * work is on disk) and keeps its data, so {@link #start()} brings the same databases back on the same port.
     */
    public void stopKeepingData() {
        close();
        keepData = true;
    }

    @Override
    public void start() throws IOException, SQLException {
        boolean restart = keepData;
        keepData = false;
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(dataDir.getParent());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        if (!restart) {
            LeftoverProcess.endPostgres(dataDir); // a server a killed run left on this data still holds the port
            Folders.deleteRecursively(dataDir); // a fresh cluster each start, unless restarting after a stop
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                // Never the library's own cleaning: it also deletes the data when the server stops, which a restart
                // after stopKeepingData() must find again.
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                // PostgreSQL's own explain-by-log module (off until auto_explain.log_min_duration is set): the
                // benchmark switches it on for a moment to show the plans of a page's statements (docs/performance.md).
                .setServerConfig("shared_preload_libraries", "auto_explain")
                // A lock waited for longer than a second (deadlock_timeout) is logged with the process holding it
                // and the wait queue: what a hold-up under load or after a killed replica needs to be explained. The
                // prefix names the database and the session's application (a service replica); no spaces, as the
                // settings reach the server through pg_ctl's one option string.
                .setServerConfig("log_lock_waits", "on")
                .setServerConfig("log_line_prefix", "%m/%p/%d/%a/")
                .setOutputRedirector(log)
                .setErrorRedirector(log);
        if (port > 0 || restart) {
            builder.setPort(restart ? lastPort : port);
        }
        postgres = builder.start();
        lastPort = postgres.getPort();
        if (restart) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            for (String database : databases) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
            }
        }
    }

    @Override
    public boolean isReady() {
        if (postgres == null) {
            return false;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        return postgres != null;
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of one of this server's databases. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not stop cleanly; see " + logFile, e);
            } finally {
                postgres = null;
            }
        }
    }
}
