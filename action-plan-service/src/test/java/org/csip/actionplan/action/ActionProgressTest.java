package org.csip.actionplan.action;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.as;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.csip.actionplan.Api;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ActionProgressTest {
    private static final String UPDATE = """
            {"rag": "AMBER", "narrative": "Training planned for all custody sergeants.", "percentComplete": 20}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    String plan;
    String theme;

    @BeforeEach
    void aPlanWithATheme() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        plan = Api.plan("342", published.inspectionId());
        theme = Api.theme(plan, "Thresholds");
    }

    String action(String leadAgency, String due) {
        return editor().body("""
                {"themeId": "%s", "title": "%s action", "leadAgency": "%s", "owner": "Safeguarding lead",
                 "startDate": "2020-01-06", "dueDate": "%s"}""".formatted(theme, leadAgency, leadAgency, due))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLeadAgencyReportsOnItsOwnActionsOnlyAndTheFirstReportStartsTheAction() {
        String police = action("POLICE", "2030-06-30");
        String health = action("HEALTH", "2030-06-30");

        as("police", "action-owner").body(UPDATE).when().post("/api/actions/" + police + "/updates")
                .then().statusCode(201).body("rag", equalTo("AMBER")).body("statusAfter", equalTo("IN_PROGRESS"))
                .body("reporterAgency", equalTo("POLICE"));
        as("police", "action-owner").body(UPDATE).when().post("/api/actions/" + health + "/updates")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("lead agency (health)"));
        as("health", "action-owner").body(UPDATE).when().post("/api/actions/" + police + "/updates")
                .then().statusCode(403).contentType("application/problem+json");
        as("health", "viewer").body(UPDATE).when().post("/api/actions/" + health + "/updates").then().statusCode(403);
        as("police", "plan-editor").body(UPDATE).when().post("/api/actions/" + police + "/updates").then().statusCode(403);
        given().contentType("application/json").body(UPDATE).when().post("/api/actions/" + health + "/updates")
                .then().statusCode(401);
        editor().body(UPDATE).when().post("/api/actions/" + health + "/updates").then().statusCode(201);

        as("police", "viewer").when().get("/api/actions/" + police).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("rag", equalTo("AMBER")).body("percentComplete", equalTo(20));
        as("police", "viewer").when().get("/api/actions/" + police + "/updates").then().statusCode(200)
                .body("narrative", contains("Training planned for all custody sergeants."));
    }

    @Test
    void aPlansLastReportsComeInOneAnswerOneLinePerActionReportedOn() {
        String police = action("POLICE", "2030-06-30");
        String health = action("HEALTH", "2030-06-30");
        action("COUNCIL", "2030-06-30");
        as("police", "action-owner").body(UPDATE.replace("{", "{\"reportedOn\": \"2026-03-02\", "))
                .when().post("/api/actions/" + police + "/updates").then().statusCode(201);
        as("police", "action-owner").body(UPDATE.replace("{", "{\"reportedOn\": \"2026-04-06\", "))
                .when().post("/api/actions/" + police + "/updates").then().statusCode(201);
        as("health", "action-owner").body(UPDATE.replace("{", "{\"reportedOn\": \"2026-03-16\", "))
                .when().post("/api/actions/" + health + "/updates").then().statusCode(201);
        as("police", "viewer").when().get("/api/plans/" + plan + "/last-reports").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.actionId == '" + police + "' }.reportedOn", equalTo("2026-04-06"))
                .body("find { it.actionId == '" + health + "' }.reportedOn", equalTo("2026-03-16"));
        as("police", "viewer").when().get("/api/plans/00000000-0000-0000-0000-000000000000/last-reports").then()
                .statusCode(404);
        given().when().get("/api/plans/" + plan + "/last-reports").then().statusCode(401);
    }

    @Test
    void completingNeedsEvidenceAndAnnouncesTheStatusChangeTheCompletionAndTheReport() {
        String police = action("POLICE", "2030-06-30");
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            as("police", "action-owner").body("{\"narrative\": \"Done\"}").when().post("/api/actions/" + police + "/complete")
                    .then().statusCode(400).body("errors.field", hasItem("evidence"));
            as("police", "action-owner").body("""
                    {"narrative": "All custody sergeants trained",
                     "evidence": [{"title": "Training register", "link": "https://intranet.example/training/42"}]}""")
                    .when().post("/api/actions/" + police + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("completedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()))
                    .body("percentComplete", equalTo(100));
            as("police", "action-owner").body(UPDATE).when().post("/api/actions/" + police + "/updates")
                    .then().statusCode(409);
            await().atMost(Duration.ofSeconds(20)).until(() -> log.types(police).size() >= 4);
            assertThat(log.types(police)).containsExactly("csip.action.created.v1", "csip.action.status-changed.v1",
                    "csip.action.completed.v1", "csip.action.progress-reported.v1");
            assertThat(log.records(police)).allSatisfy(r ->
                    assertThat(TopicLog.header(r, "ce_leadagency")).isEqualTo("POLICE"));
        }
        as("police", "viewer").when().get("/api/actions/" + police + "/updates").then()
                .body("evidence[0].title", contains("Training register"));
    }

    @Test
    void evidenceReportedEarlierIsEnoughToComplete() {
        String health = action("HEALTH", "2030-06-30");
        as("health", "action-owner").body("""
                {"rag": "GREEN", "narrative": "Audit done", "evidence": [{"title": "Audit report", "link": "Board paper BP-07"}]}""")
                .when().post("/api/actions/" + health + "/updates").then().statusCode(201);
        as("health", "action-owner").body("{\"narrative\": \"Complete\"}").when().post("/api/actions/" + health + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void badUpdatesAreRefusedNamingTheField() {
        String police = action("POLICE", "2030-06-30");
        String path = "/api/actions/" + police + "/updates";
        as("police", "action-owner").body("{\"rag\": \"PURPLE\", \"narrative\": \"x\"}").when().post(path)
                .then().statusCode(400).body("errors.field", hasItem("rag"));
        as("police", "action-owner").body("{\"rag\": \"RED\", \"narrative\": \" \"}").when().post(path)
                .then().statusCode(400).body("errors.field", hasItem("narrative"));
        as("police", "action-owner").body("{\"rag\": \"RED\", \"narrative\": \"x\", \"percentComplete\": 120}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("percentComplete"));
        as("police", "action-owner").body("{\"rag\": \"RED\", \"narrative\": \"x\", \"reportedOn\": \"2019-01-01\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("reportedOn"));
        as("police", "action-owner").body("{\"rag\": \"RED\", \"narrative\": \"x\", \"evidence\": [{\"title\": \"Case file\","
                        + " \"link\": \"javascript:alert(1)\"}]}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("evidence[0].link"));
        as("police", "viewer").when().get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void concurrentEditsOfOneActionTheStaleOneGets412AndNothingIsLost() {
        String police = action("POLICE", "2030-06-30");
        String etag = as("council", "viewer").when().get("/api/actions/" + police).then().extract().header("ETag");
        String change = """
                {"themeId": "%s", "title": "%s", "leadAgency": "POLICE", "owner": "Safeguarding lead",
                 "startDate": "2020-01-06", "dueDate": "%s"}""";
        editor().header("If-Match", etag).body(change.formatted(theme, "First editor's title", "2030-09-30"))
                .when().put("/api/actions/" + police).then().statusCode(200)
                .body("dueDate", equalTo("2030-09-30")).body("originalDueDate", equalTo("2030-06-30"))
                .body("slippageDays", equalTo(92));
        editor().header("If-Match", etag).body(change.formatted(theme, "Second editor's title", "2030-06-30"))
                .when().put("/api/actions/" + police).then().statusCode(412).contentType("application/problem+json");
        editor().body(change.formatted(theme, "No ETag", "2030-06-30")).when().put("/api/actions/" + police)
                .then().statusCode(428);
        as("council", "viewer").when().get("/api/actions/" + police).then()
                .body("title", equalTo("First editor's title")).body("dueDate", equalTo("2030-09-30"));

        // The audit trail keeps who changed what, field by field (Hibernate Envers).
        as("police", "action-owner").body(UPDATE).when().post("/api/actions/" + police + "/updates").then().statusCode(201);
        var history = as("health", "viewer").when().get("/api/actions/" + police + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("kind")).containsExactly("CREATED", "CHANGED", "CHANGED");
        assertThat(history.getList("changedByAgency")).containsExactly("COUNCIL", "COUNCIL", "POLICE");
        assertThat(history.getList("[1].changes.field")).containsExactlyInAnyOrder("title", "dueDate");
        assertThat(history.getString("[1].changes.find { it.field == 'dueDate' }.from")).isEqualTo("2030-06-30");
        assertThat(history.getString("[1].changes.find { it.field == 'dueDate' }.to")).isEqualTo("2030-09-30");
        assertThat(history.getList("[2].changes.field")).contains("status", "rag", "percentComplete");
        assertThat(history.getString("[0].changedBy")).isNotBlank();
    }

    @Test
    void actionsFilterByLeadAgencyStatusRagAndOverdue() {
        String overdue = action("HEALTH", "2020-03-31");
        String later = action("POLICE", "2030-06-30");
        editor().body("{\"reason\": \"Merged into another action\"}").when().post("/api/actions/" + later + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("police", "viewer").queryParam("planId", plan).when().get("/api/actions").then().statusCode(200)
                .header("X-Total-Count", "2");
        as("police", "viewer").queryParam("planId", plan).queryParam("overdue", "true").when().get("/api/actions")
                .then().body("id", contains(overdue)).body("overdue", everyItem(equalTo(true)));
        as("police", "viewer").queryParam("planId", plan).queryParam("leadAgency", "police").when().get("/api/actions")
                .then().body("id", contains(later));
        as("police", "viewer").queryParam("planId", plan).queryParam("status", "CANCELLED").when().get("/api/actions")
                .then().body("id", contains(later));
        as("police", "viewer").queryParam("planId", plan).queryParam("dueBefore", "2021-01-01").when().get("/api/actions")
                .then().body("id", not(hasItem(later)));
        as("police", "viewer").queryParam("leadAgency", "FIRE").when().get("/api/actions").then().statusCode(400)
                .body("errors.field", hasItem("leadAgency"));
        as("police", "viewer").queryParam("planId", "not-a-uuid").when().get("/api/actions").then().statusCode(400)
                .body("errors.field", hasItem("planId"));
        as("police", "viewer").queryParam("rag", "PINK").when().get("/api/actions").then().statusCode(400);
        given().when().get("/api/actions").then().statusCode(401);
        as("police", "workforce-editor").when().get("/api/actions").then().statusCode(403);
    }
}
