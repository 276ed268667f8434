package org.csip.actionplan.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
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
class BoardMeetingTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    String plan;
    String action;

    static RequestSpecification chair() {
        return given().auth().oauth2(TestTokens.overseer("board-member")).contentType("application/json");
    }

    @BeforeEach
    void aPlanWithAnAction() {
        var published = new InspectionSide(bootstrapServers, dataSource).publish("342", "FOCUSED_VISIT", "PRIORITY_ACTION");
        plan = editor().body("{\"laCode\": \"342\", \"title\": \"Plan\", \"inspectionIds\": [\""
                + published.inspectionId() + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
        String theme = editor().body("{\"title\": \"Early help\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");
        action = editor().body("""
                {"themeId": "%s", "title": "CAMHS fast-track", "leadAgency": "HEALTH", "owner": "CAMHS manager",
                 "startDate": "2020-01-06", "dueDate": "2020-12-31"}""".formatted(theme))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
    }

    String meeting(String date, String actionId) {
        return """
                {"planId": "%s", "meetingDate": "%s", "chair": "Independent chair",
                 "attendance": {"council": 6, "police": 2, "health": 2, "others": 2},
                 "actionsReviewed": ["%s"],
                 "decisions": [{"text": "Escalate CAMHS waiting times to the ICB board", "owner": "Designated nurse",
                                "dueDate": "2020-04-30", "actionId": "%s"}]}""".formatted(plan, date, actionId, actionId);
    }

    @Test
    void theBoardRecordsAMeetingWithAttendanceByAgencyAndDecisionsAndAnnouncesIt() throws Exception {
        try (TopicLog log = TopicLog.open(bootstrapServers, "action-plan-events")) {
            String id = chair().body(meeting("2020-03-16", action)).when().post("/api/board-meetings")
                    .then().statusCode(201).body("attendance.police", equalTo(2))
                    .body("decisions[0].owner", equalTo("Designated nurse"))
                    .body("actionsReviewed", contains(action)).extract().path("id");
            given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("planId", plan)
                    .when().get("/api/board-meetings").then().statusCode(200).body("id", contains(id));
            await().atMost(Duration.ofSeconds(20)).until(() -> !log.records(id).isEmpty());
            var event = log.records(id).get(0);
            assertThat(TopicLog.header(event, "ce_type")).isEqualTo("csip.board-meeting.recorded.v1");
            assertThat(TopicLog.header(event, "ce_lacode")).isEqualTo("342");
            var payload = new ObjectMapper().readTree(event.value());
            assertThat(payload.path("attendance").path("council").asInt()).isEqualTo(6);
            assertThat(payload.path("decisions").get(0).path("actionId").asText()).isEqualTo(action);
        }
        editor().body(meeting("2020-04-20", action)).when().post("/api/board-meetings").then().statusCode(201);
    }

    @Test
    void badMeetingsAreRefusedNamingTheField() {
        chair().body(meeting("2020-03-16", action)).when().post("/api/board-meetings").then().statusCode(201);
        chair().body(meeting("2020-03-16", action)).when().post("/api/board-meetings").then().statusCode(409);
        chair().body(meeting(LocalDate.now().plusDays(10).toString(), action)).when().post("/api/board-meetings")
                .then().statusCode(400).body("errors.field", hasItem("meetingDate"));
        chair().body(meeting("2020-05-18", "00000000-0000-0000-0000-00000000000b")).when().post("/api/board-meetings")
                .then().statusCode(400).body("errors.field", hasItem("actionsReviewed[0]"));
        chair().body(meeting("2020-05-18", action).replace("\"police\": 2", "\"police\": -1"))
                .when().post("/api/board-meetings").then().statusCode(400).body("errors.field", hasItem("attendance.police"));
        chair().body(meeting("2020-05-18", action).replace("\"owner\": \"Designated nurse\",", ""))
                .when().post("/api/board-meetings").then().statusCode(400).body("errors.field", hasItem("decisions[0].owner"));
    }

    @Test
    void boardMembersAndTheCouncilsPlanEditorsRecordMeetingsAndEveryPartnerReadsThem() {
        given().contentType("application/json").body(meeting("2020-06-15", action)).when().post("/api/board-meetings")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.user("police", "action-owner", "viewer")).contentType("application/json")
                .body(meeting("2020-06-15", action)).when().post("/api/board-meetings").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "plan-editor")).contentType("application/json")
                .body(meeting("2020-06-15", action)).when().post("/api/board-meetings").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("health", "board-member")).contentType("application/json")
                .body(meeting("2020-06-15", action)).when().post("/api/board-meetings").then().statusCode(201);
        given().when().get("/api/board-meetings").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("health", "workforce-editor")).when().get("/api/board-meetings")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).when().get("/api/board-meetings")
                .then().statusCode(200);
    }
}
