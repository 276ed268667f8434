package org.csip.actionplan.action;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class OverdueJobTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    OverdueJob job;

    String plan;
    String theme;

    @BeforeEach
    void aPlanWithATheme() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        plan = Api.plan("342", published.inspectionId());
        theme = Api.theme(plan, "People");
    }

    String action(String due) {
        return editor().body(body(due)).when().post("/api/plans/" + plan + "/actions").then().statusCode(201)
                .extract().path("id");
    }

    String body(String due) {
        return """
                {"themeId": "%s", "title": "Recruit team managers", "leadAgency": "HEALTH", "owner": "Workforce lead",
                 "startDate": "2020-01-06", "dueDate": "%s"}""".formatted(theme, due);
    }

    @Test
    void anOverdueActionIsAnnouncedOncePerDueDateAndAgainWhenAMovedDateIsMissed() throws Exception {
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            String id = action("2020-03-31");
            assertThat(announcedFor(id, LocalDate.of(2020, 3, 31))).isZero();
            assertThat(announcedFor(id, LocalDate.of(2020, 4, 1))).isEqualTo(1);
            assertThat(announcedFor(id, LocalDate.of(2020, 4, 2))).isZero();

            String etag = given().auth().oauth2(TestTokens.user("council", "viewer")).when().get("/api/actions/" + id)
                    .then().extract().header("ETag");
            editor().header("If-Match", etag).body(body("2020-06-30")).when().put("/api/actions/" + id)
                    .then().statusCode(200);
            assertThat(announcedFor(id, LocalDate.of(2020, 4, 3))).isZero();
            assertThat(announcedFor(id, LocalDate.of(2020, 7, 1))).isEqualTo(1);

            await().atMost(Duration.ofSeconds(20)).until(() -> log.types(id).size() >= 4);
            assertThat(log.types(id)).containsExactly("csip.action.created.v1", "csip.action.overdue.v1",
                    "csip.action.updated.v1", "csip.action.overdue.v1");
            var overdue = log.records(id).get(3);
            assertThat(TopicLog.header(overdue, "ce_leadagency")).isEqualTo("HEALTH");
            var payload = new ObjectMapper().readTree(overdue.value());
            assertThat(payload.path("dueDate").asText()).isEqualTo("2020-06-30");
            assertThat(payload.path("originalDueDate").asText()).isEqualTo("2020-03-31");
            assertThat(payload.path("daysOverdue").asInt()).isEqualTo(1);
        }
    }

    @Test
    void completedAndCancelledActionsAreNeverOverdue() {
        String completed = action("2020-03-31");
        given().auth().oauth2(TestTokens.user("health", "action-owner")).contentType("application/json").body("""
                {"narrative": "Two managers appointed", "completedOn": "2020-03-20",
                 "evidence": [{"title": "Appointment report", "link": "HR report HR-2020-11"}]}""")
                .when().post("/api/actions/" + completed + "/complete").then().statusCode(200);
        String cancelled = action("2020-03-31");
        editor().body("{\"reason\": \"Merged\"}").when().post("/api/actions/" + cancelled + "/cancel").then().statusCode(200);
        assertThat(announcedFor(completed, LocalDate.of(2020, 4, 1))).isZero();
        assertThat(announcedFor(cancelled, LocalDate.of(2020, 4, 1))).isZero();
    }

    @Test
    void twoReplicasRunningTheJobAtOnceAnnounceOnce() throws Exception {
        String id = action("2020-05-29");
        LocalDate today = LocalDate.of(2020, 6, 1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var runs = List.of(pool.submit(() -> {
                start.await();
                return job.announceOverdue(today);
            }), pool.submit(() -> {
                start.await();
                return job.announceOverdue(today);
            }));
            start.countDown();
            for (var run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM action_overdue_notice WHERE action_id = ?::uuid", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = 'csip.action.overdue.v1'",
                id)).isEqualTo(1);
    }

    private int announcedFor(String actionId, LocalDate today) {
        long before = count("SELECT count(*) FROM action_overdue_notice WHERE action_id = ?::uuid", actionId);
        job.announceOverdue(today);
        return (int) (count("SELECT count(*) FROM action_overdue_notice WHERE action_id = ?::uuid", actionId) - before);
    }

    private long count(String sql, String id) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
