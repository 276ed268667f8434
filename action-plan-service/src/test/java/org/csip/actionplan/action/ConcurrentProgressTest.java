package org.csip.actionplan.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.actionplan.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.messaging.persistence.RowLock;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Partners reporting on the same action at the same moment (two people, or two replicas taking their requests):
 * each report waits for the one before it and is stored; none fails because another changed the action meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentProgressTest {
    private static final int THREADS = 8;
    private static final int REPORTS_EACH = 10;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void simultaneousReportsOnOneActionAreAllStored() throws Exception {
        String action = policeLedAction("Thresholds");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<Integer>> reports = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < REPORTS_EACH; i++) {
                        statuses.add(as("police", "action-owner").body("""
                                {"rag": "GREEN", "narrative": "Thread %d report %d", "percentComplete": 50}"""
                                .formatted(thread, i)).when().post("/api/actions/" + action + "/updates").statusCode());
                    }
                    return statuses;
                };
                answers.add(pool.submit(reports));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> answer : answers) {
                statuses.addAll(answer.get());
            }
            assertThat(statuses).hasSize(THREADS * REPORTS_EACH).containsOnly(201);
        } finally {
            pool.shutdownNow();
        }
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM progress_update WHERE action_id = ?")) {
            statement.setObject(1, java.util.UUID.fromString(action));
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(THREADS * REPORTS_EACH);
            }
        }
    }

    /**
     * A report that would wait longer than the database's lock_timeout (messaging's microprofile-config, below the
     * gateway's 10 s) for a change that holds its action is refused with a 503 naming the database, so the caller
     * tries again — never left hanging until the transaction's own timeout ends it with a logged 500.
     */
    @Test
    void aReportKeptWaitingByAChangeThatHoldsItsActionIsA503NamingTheDatabase() throws Exception {
        String action = policeLedAction("Front door");
        try (var holder = dataSource.getConnection()) {
            hold(holder, action);
            var refused = as("police", "action-owner").body("""
                    {"rag": "AMBER", "narrative": "Behind a long change", "percentComplete": 40}""")
                    .when().post("/api/actions/" + action + "/updates");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.body().asString()).contains("database");
            holder.rollback();
        }
        as("police", "action-owner").body("""
                {"rag": "AMBER", "narrative": "Once the change is over", "percentComplete": 40}""")
                .when().post("/api/actions/" + action + "/updates").then().statusCode(201);
    }

    /**
     * lock_timeout bounds each wait, not all of a change's waiting for its row: under many changes at once each
     * holder's commit leaves a new version of the row to wait for again (FaultInjectionIT saw reports wait a minute in
     * waits of a few seconds each). RowLock bounds the whole statement, whatever lock_timeout allows.
     */
    @Test
    void aChangeWaitsForItsRowNoLongerThanRowLockAllowsAllTold() throws Exception {
        String action = policeLedAction("Side door");
        try (var holder = dataSource.getConnection()) {
            hold(holder, action);
            long from = System.nanoTime();
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew()
                    .run(() -> {
                        entityManager.createNativeQuery("SET LOCAL lock_timeout = '60s'").executeUpdate();
                        RowLock.forChange(entityManager, "action", java.util.UUID.fromString(action));
                    }));
            long waitedMs = (System.nanoTime() - from) / 1_000_000;
            holder.rollback();
            assertThat(failure).as("the wait was cut short").isNotNull();
            assertThat(failure).rootCause().hasMessageContaining("canceling statement");
            assertThat(waitedMs).isBetween(RowLock.LONGEST_WAIT_MS - 500L, RowLock.LONGEST_WAIT_MS + 5_000L);
        }
    }

    /** Locks the action in a transaction of the holder's, as a long change to it would, until the holder ends it. */
    private static void hold(java.sql.Connection holder, String action) throws java.sql.SQLException {
        holder.setAutoCommit(false);
        try (var lock = holder.prepareStatement("SELECT 1 FROM action WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, java.util.UUID.fromString(action));
            lock.executeQuery().close();
        }
    }

    private String policeLedAction(String themeName) {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("343", "FOCUSED_VISIT", "PRIORITY_ACTION");
        String plan = Api.plan("343", published.inspectionId());
        String theme = Api.theme("343", plan, themeName);
        return Api.editorOf("343").body("""
                {"themeId": "%s", "title": "Joint visits", "leadAgency": "POLICE", "owner": "Safeguarding lead",
                 "startDate": "2020-01-06", "dueDate": "2030-06-30"}""".formatted(theme))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
    }
}
