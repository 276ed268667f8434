package org.csip.messaging.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.csip.stack.PostgresLauncher;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The messaging tables migrate with their own history, before and apart from the service's (this service's real
 * scripts), on a fresh database and on one migrated the old way (both folders in one history, out of order).
 */
class MessagingMigrationsTest {
    private static PostgresLauncher postgres;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("csip-migrations-pg");
        postgres = new PostgresLauncher(0, dir.resolve("data"), dir.resolve("postgres.log"),
                List.of("fresh", "old_layout", "twice", "rolling"));
        postgres.start();
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theListedScriptsAreExactlyTheFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "messaging", "src", "main", "resources",
                MessagingScripts.FOLDER))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .isEqualTo(MessagingMigrations.SCRIPTS);
        }
    }

    @Test
    void aFreshDatabaseGetsTheMessagingTablesUnderTheirOwnHistoryAndTheServicesScriptsInOrder() throws Exception {
        serviceFlyway("fresh").load().migrate();
        assertThat(versions("fresh", MessagingMigrations.HISTORY))
                .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6");
        assertThat(versions("fresh", "flyway_schema_history")).startsWith("1", "2", "3").doesNotContain("0.1")
                .allMatch(version -> !version.startsWith("0."));
        assertThat(count("fresh", "SELECT count(*) FROM outbox_event")).isZero();
        assertThat(serviceFlyway("fresh").load().migrate().migrationsExecuted).as("nothing left to do").isZero();
        serviceFlyway("fresh").load().validate();
    }

    @Test
    void aDatabaseMigratedTheOldWayIsAdoptedOnceWithoutRunningAMessagingScriptAgain() throws Exception {
        // The layout before: both folders in the service's history, out of order.
        Flyway.configure().dataSource(postgres.jdbcUrl("old_layout"), PostgresLauncher.USER, PostgresLauncher.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/messaging").outOfOrder(true).load().migrate();
        // As such a database stood: the messaging scripts up to 0.4, the last before they had a history of their own.
        execute("old_layout", "DROP TABLE outbox_pending");
        execute("old_layout", "DROP FUNCTION outbox_event_enqueue CASCADE");
        execute("old_layout", "DROP INDEX outbox_event_occurred_at");
        execute("old_layout", "ALTER TABLE outbox_event ALTER COLUMN status SET DEFAULT 'PENDING',"
                + " ALTER COLUMN status SET NOT NULL");
        execute("old_layout", "ALTER TABLE outbox_event DROP COLUMN councils");
        execute("old_layout", "DELETE FROM flyway_schema_history WHERE version IN ('0.5', '0.6')");
        execute("old_layout", """
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, event_type, payload, occurred_at, sequence)
                VALUES (gen_random_uuid(), 'plan', 'p1', 'csip.plan.created.v1', '{}', now(), 1)""");
        List<String> before = versions("old_layout", "flyway_schema_history");
        assertThat(before).contains("0.1", "0.4");

        int executed = serviceFlyway("old_layout").load().migrate().migrationsExecuted;

        assertThat(executed).as("the service's scripts were all applied already").isZero();
        assertThat(versions("old_layout", "flyway_schema_history"))
                .isEqualTo(before.stream().filter(version -> !version.startsWith("0.")).toList());
        assertThat(rows("old_layout", "SELECT version || ' ' || type || ' ' || description FROM "
                + MessagingMigrations.HISTORY + " ORDER BY installed_rank"))
                .as("adopted at the last script it had, none run again, the later ones run")
                .containsExactly("0.4 BASELINE adopted from flyway_schema_history", "0.5 SQL outbox councils",
                        "0.6 SQL outbox pending");
        assertThat(count("old_layout", "SELECT count(*) FROM outbox_event")).as("data kept").isEqualTo(1);
        assertThat(count("old_layout", "SELECT count(*) FROM outbox_pending p JOIN outbox_event e USING (position)"
                + " WHERE e.status IS NULL")).as("the pending event queued for the relay, its old mark emptied")
                .isEqualTo(1);
        assertThat(serviceFlyway("old_layout").load().migrate().migrationsExecuted).isZero();
        serviceFlyway("old_layout").load().validate();
    }

    @Test
    void twoStartsAtOnceLeaveOneHistoryEach() throws Exception {
        List<Thread> starts = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread start = new Thread(() -> {
                try {
                    serviceFlyway("twice").load().migrate();
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            starts.add(start);
            start.start();
        }
        for (Thread start : starts) {
            start.join();
        }
        assertThat(failures).isEmpty();
        assertThat(versions("twice", MessagingMigrations.HISTORY))
                .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6");
        assertThat(versions("twice", "flyway_schema_history")).doesNotHaveDuplicates()
                .allMatch(version -> !version.startsWith("0."));
    }

    /**
     * V0_6 keeps the old marks for a replica of the previous version: during a rolling update its relay finds only
     * the events it wrote itself (this version's relay sends them too), and rolling back re-queues the old way what
     * this version had not yet published (docs/deploy.md "Rolling back", the statement below).
     */
    @Test
    void duringARollingUpdateTheOldRelayFindsOnlyTheOldVersionsEventsAndRollingBackRequeuesTheUnpublished()
            throws Exception {
        serviceFlyway("rolling").load().migrate();
        String byNew = writtenByThisVersion("n", 1);
        String byOld = UUID.randomUUID().toString();
        execute("rolling", """
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at,
                                          status, attempts, last_error, published_at)
                VALUES ('%s', 'plan', 'o', 1, 'csip.plan.created.v1', '{}', now(), 'PENDING', 0, NULL, NULL)"""
                .formatted(byOld));
        String oldRelay = "SELECT id::text FROM outbox_event WHERE status = 'PENDING' ORDER BY position";
        String queue = "SELECT id::text FROM outbox_pending JOIN outbox_event USING (position) ORDER BY position";

        assertThat(rows("rolling", oldRelay)).as("the old relay: only what the old version wrote").containsExactly(byOld);
        assertThat(rows("rolling", queue)).as("this version's relay: both").containsExactly(byNew, byOld);

        // This version publishes its own event; then the older one takes over after one more is written.
        execute("rolling", "DELETE FROM outbox_pending WHERE position = (SELECT position FROM outbox_event WHERE id = '"
                + byNew + "')");
        String unpublished = writtenByThisVersion("n", 2);
        execute("rolling",
                "UPDATE outbox_event SET status = 'PENDING' WHERE position IN (SELECT position FROM outbox_pending);");

        assertThat(rows("rolling", oldRelay)).as("after the rollback step: everything not yet published, once")
                .containsExactly(byOld, unpublished);
    }

    /** An event row as this version writes it (no old marks); its id. */
    private static String writtenByThisVersion(String aggregate, int sequence) throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("rolling", """
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at)
                VALUES ('%s', 'plan', '%s', %d, 'csip.plan.created.v1', '{}', now())""".formatted(id, aggregate,
                sequence));
        return id;
    }

    /** The service's Flyway as Quarkus builds it: its own folder, the messaging migrations as a callback. */
    private static FluentConfiguration serviceFlyway(String database) {
        return Flyway.configure().dataSource(postgres.jdbcUrl(database), PostgresLauncher.USER,
                PostgresLauncher.PASSWORD).locations("classpath:db/migration").callbacks(new MessagingMigrations());
    }

    private static List<String> versions(String database, String history) throws SQLException {
        return rows(database, "SELECT version FROM " + history + " WHERE success AND version IS NOT NULL"
                + " AND type <> 'BASELINE' ORDER BY installed_rank");
    }

    private static List<String> rows(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database)) {
            connection.createStatement().execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), PostgresLauncher.USER, PostgresLauncher.PASSWORD);
    }
}
