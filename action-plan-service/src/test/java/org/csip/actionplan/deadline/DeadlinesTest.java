package org.csip.actionplan.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csip.actionplan.Api.editorOf;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Statutory deadlines worked out from what the service learns, in councils only this class uses (Halton 876,
 * Warrington 877, Cheshire East 895): the dates across bank holidays, what meets them, and the notices once each.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class DeadlinesTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    DeadlineJob job;

    @Test
    void aFocusedVisitsPriorityActionsGiveTheDraftAndFinalPlanDatesAcrossTheAugustBankHolidayAndAPlanMeetsThem() {
        // As St Helens' letter of 10 August 2018: the draft by 10 September (Monday 27 August was a bank holiday).
        UUID visit = publish("876", "FOCUSED_VISIT", "2018-07-10", "2018-08-10", null, null, "PRIORITY_ACTION");
        JsonPath deadlines = deadlines("876");
        assertThat(field(deadlines, "DRAFT_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "dueDate")).isEqualTo("2018-09-10");
        assertThat(field(deadlines, "DRAFT_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "status")).isEqualTo("MISSED");
        assertThat(field(deadlines, "FINAL_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "dueDate")).isEqualTo("2018-11-19");
        assertThat(field(deadlines, "FINAL_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "basis"))
                .contains("70 working days after publication (2018-08-10)");

        String plan = Api.plan("876", visit);
        deadlines = deadlines("876");
        assertThat(field(deadlines, "DRAFT_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "status")).isEqualTo("MET_LATE");
        assertThat(field(deadlines, "FINAL_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "status")).isEqualTo("MISSED");
        String theme = Api.theme("876", plan, "Front door");
        String finding = given().auth().oauth2(TestTokens.user("health", "viewer"))
                .when().get("/api/known-inspections/" + visit + "/findings").then().extract().path("[0].findingId");
        editorOf("876").body("""
                {"themeId": "%s", "title": "Thresholds", "leadAgency": "COUNCIL", "owner": "Head of service",
                 "startDate": "2018-09-01", "dueDate": "2018-12-31", "findingIds": ["%s"]}""".formatted(theme, finding))
                .when().post("/api/plans/" + plan + "/actions").then().statusCode(201);
        editorOf("876").when().post("/api/plans/" + plan + "/submit").then().statusCode(200);
        assertThat(field(deadlines("876"), "FINAL_PLAN_AFTER_PRIORITY_ACTIONS/" + visit, "status")).isEqualTo("MET_LATE");
    }

    @Test
    void aJtaisWrittenStatementIsDueByTheLettersDateOrElseSeventyWorkingDaysAcrossEasterAndTheNoticesGoOutOnceEach()
            throws Exception {
        // Published Monday 16 February 2026: 70 working days skip Good Friday (3 April), Easter Monday (6 April) and
        // the early May bank holiday (4 May): Friday 29 May 2026.
        UUID jtai = publish("877", "JTAI", "2026-01-26", "2026-02-16", null, null,
                "AREA_FOR_IMPROVEMENT@POLICE", "AREA_FOR_IMPROVEMENT@HEALTH");
        String key = "WRITTEN_STATEMENT_AFTER_JTAI/" + jtai;
        assertThat(field(deadlines("877"), key, "dueDate")).isEqualTo("2026-05-29");
        assertThat(field(deadlines("877"), key, "owner")).isEqualTo("PARTNERSHIP");
        assertThat(field(deadlines("877"), key, "basis")).contains("the inspectorates' letter sets the date: record it"
                + " as the inspection's responseDue").doesNotContain("the council received");

        UUID lettered = publish("877", "JTAI", "2026-03-02", "2026-03-23", "2026-06-26", null, "AREA_FOR_IMPROVEMENT@POLICE");
        String letteredKey = "WRITTEN_STATEMENT_AFTER_JTAI/" + lettered;
        assertThat(field(deadlines("877"), letteredKey, "dueDate")).isEqualTo("2026-06-26");
        assertThat(field(deadlines("877"), letteredKey, "basis")).isEqualTo("the date the report sets, as recorded with"
                + " the inspection");

        LocalDate tenDaysBefore = LocalDate.of(2026, 5, 19);
        var pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var runs = List.of(pool.submit(() -> {
                start.await();
                return job.announce(tenDaysBefore);
            }), pool.submit(() -> {
                start.await();
                return job.announce(tenDaysBefore);
            }));
            start.countDown();
            for (var run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        job.announce(tenDaysBefore);
        assertThat(events(key, "csip.deadline.approaching.v1")).isEqualTo(1);
        assertThat(events(letteredKey, "csip.deadline.approaching.v1")).isZero();
        job.announce(LocalDate.of(2026, 5, 30));
        job.announce(LocalDate.of(2026, 6, 1));
        assertThat(events(key, "csip.deadline.missed.v1")).isEqualTo(1);
        // Missed long ago (history recorded after the fact): shown, not announced.
        job.announce(LocalDate.of(2026, 9, 1));
        assertThat(events(letteredKey, "csip.deadline.missed.v1")).isZero();
    }

    @Test
    void anInadequateJudgementGivesThePlanTheMonitoringVisitsAndTheReinspectionAndTheAdvisersReviewIsDue() {
        UUID inspection = publish("895", "STANDARD", "2019-09-23", "2019-11-04", null, "INADEQUATE");
        JsonPath deadlines = deadlines("895");
        // 70 working days from Monday 4 November 2019 skip Christmas, Boxing Day and New Year's Day.
        assertThat(field(deadlines, "ACTION_PLAN_AFTER_INADEQUATE/" + inspection, "dueDate")).isEqualTo("2020-02-13");
        assertThat(field(deadlines, "REINSPECTION_AFTER_INADEQUATE/" + inspection, "dueDate")).isEqualTo("2021-05-04");
        assertThat(field(deadlines, "MONITORING_VISIT_EXPECTED/" + inspection + "/1", "dueDate")).isEqualTo("2020-02-04");
        publish("895", "MONITORING_VISIT", "2020-05-06", "2020-06-10", null, null);
        assertThat(field(deadlines("895"), "MONITORING_VISIT_EXPECTED/" + inspection + "/2", "dueDate"))
                .isEqualTo("2020-08-06");

        UUID intervention = UUID.randomUUID();
        new InspectionSide(bootstrapServers, dataSource).send(List.of(InspectionSide.record(
                "csip.intervention.started.v1", intervention.toString(), """
                {"interventionId": "%s", "laCode": "895", "type": "IMPROVEMENT_NOTICE", "startDate": "2019-12-16",
                 "endDate": null, "triggeredByInspectionId": "%s", "reviewCadenceWeeks": 6, "reviewsHeld": 0,
                 "lastReviewDate": null, "nextReviewDue": "2020-01-27", "version": 0}""".formatted(intervention, inspection))));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM known_intervention WHERE"
                + " intervention_id = '" + intervention + "'") == 1);
        String review = "ADVISER_REVIEW/" + intervention + "/2020-01-27";
        assertThat(field(deadlines("895"), review, "owner")).isEqualTo("DFE_ADVISER");
        assertThat(field(deadlines("895"), review, "basis")).isEqualTo("every 6 weeks from the start of the"
                + " intervention (2019-12-16)");
        // A later graded inspection meets the re-inspection and ends the monitoring visits.
        publish("895", "STANDARD", "2021-03-08", "2021-04-19", null, "REQUIRES_IMPROVEMENT");
        deadlines = deadlines("895");
        assertThat(field(deadlines, "REINSPECTION_AFTER_INADEQUATE/" + inspection, "status")).isEqualTo("MET");
        assertThat(deadlines.getList("key", String.class)).noneMatch(k -> k.startsWith("MONITORING_VISIT_EXPECTED/"
                + inspection));
    }

    @Test
    void aForcesInspectionGivesItsActionPlanSixWeeksOnToEveryCouncilItCoversAndAnyOfThemMeetsIt() throws Exception {
        // HMICFRS's inspection of Lancashire Constabulary (covering 888, 889, 890), published Tuesday 10 March 2026.
        String inspection = UUID.randomUUID().toString();
        new InspectionSide(bootstrapServers, dataSource).send(List.of(
                InspectionSide.record("csip.inspection.published.v1", inspection, """
                {"inspectionId": "%s", "laCode": null, "type": "FORCE_CHILD_PROTECTION", "graded": true,
                 "status": "PUBLISHED", "notifiedDate": "2025-11-03", "onSiteStart": "2025-11-17",
                 "onSiteEnd": "2025-11-28", "publishedDate": "2026-03-10", "overallGraded": false,
                 "overallGrade": null, "judgements": [], "responseDue": null,
                 "organisation": "lancashire-constabulary", "councils": ["888", "889", "890"],
                 "inspectorates": ["HMICFRS"]}""".formatted(inspection)),
                InspectionSide.record("csip.finding.recorded.v1", inspection, """
                {"findingId": "%s", "inspectionId": "%s", "laCode": null, "inspectionType": "FORCE_CHILD_PROTECTION",
                 "sequence": 1, "kind": "AREA_FOR_IMPROVEMENT", "area": null, "text": "Hear the voice of the child",
                 "addressedTo": ["POLICE"], "councils": ["888", "889", "890"]}""".formatted(UUID.randomUUID(),
                        inspection))));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM known_finding WHERE"
                + " inspection_id = '" + inspection + "'") == 1);
        String force = TestTokens.member("lancashire-constabulary", "police", List.of("888", "889", "890"), "viewer");
        String key = "FORCE_ACTION_PLAN_AFTER_CHILD_PROTECTION_INSPECTION/" + inspection;
        for (String council : List.of("888", "889", "890")) {
            JsonPath deadlines = given().auth().oauth2(force).when().get("/api/deadlines?laCode=" + council).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(field(deadlines, key, "dueDate")).isEqualTo("2026-04-21");
            assertThat(field(deadlines, key, "owner")).isEqualTo("POLICE");
            // In HMICFRS's words: it counts from publication, not from the day a council received Ofsted's report.
            assertThat(field(deadlines, key, "basis")).startsWith("6 weeks after publication (2026-03-10); HMICFRS"
                    + " counts from publication").doesNotContain("Ofsted").doesNotContain("council");
            assertThat(field(deadlines, key, "laCode")).isNull();
            assertThat(field(deadlines, key, "councils")).isEqualTo("[888, 889, 890]");
            given().auth().oauth2(force).when().get("/api/findings?laCode=" + council + "&addressedTo=POLICE").then()
                    .statusCode(200).body("inspectionId", hasItem(inspection));
        }
        // Nobody else's: Merseyside's force sees neither the deadline nor the finding.
        String merseyside = TestTokens.member("merseyside-police", "police", TestTokens.MERSEYSIDE, "viewer");
        given().auth().oauth2(merseyside).when().get("/api/deadlines").then().statusCode(200)
                .body("key", org.hamcrest.Matchers.not(hasItem(key)));
        given().auth().oauth2(merseyside).when().get("/api/findings").then().statusCode(200)
                .body("inspectionId", org.hamcrest.Matchers.not(hasItem(inspection)));
        given().auth().oauth2(merseyside).when().get("/api/known-inspections/" + inspection).then().statusCode(403);

        // Seven days before: one approaching notice, naming every council for their feeds and the police as owner.
        job.announce(LocalDate.of(2026, 4, 14));
        job.announce(LocalDate.of(2026, 4, 14));
        assertThat(events(key, "csip.deadline.approaching.v1")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload->>'deadlineKey' = '" + key + "' AND la_code"
                + " IS NULL AND councils = '888,889,890' AND lead_agency = 'POLICE'")).isEqualTo(1);

        // A plan of any of the force's councils answering the inspection, once submitted, meets it for all of them.
        String plan = Api.plan("889", inspection);
        editorOf("889").when().post("/api/plans/" + plan + "/submit").then().statusCode(200);
        given().auth().oauth2(force).when().get("/api/deadlines?laCode=888").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.status", org.hamcrest.Matchers.startsWith("MET"));
    }

    @Test
    void deadlinesAreOnlyOfTheCallersCouncils() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/deadlines?laCode=877").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("council", "viewer")).when().get("/api/deadlines").then().statusCode(200)
                .body("laCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("342")));
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/deadlines?open=maybe").then()
                .statusCode(400).body("errors.field", hasItem("open"));
        given().when().get("/api/deadlines").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/deadlines/rules").then()
                .statusCode(200).body("code", hasItem("WRITTEN_STATEMENT_AFTER_JTAI"));
    }

    private JsonPath deadlines(String laCode) {
        return given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/deadlines?laCode=" + laCode)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String field(JsonPath deadlines, String key, String field) {
        List<Map<String, Object>> all = deadlines.getList("$");
        Map<String, Object> deadline = all.stream().filter(d -> key.equals(d.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + key + " in " + all));
        Object value = deadline.get(field);
        return value == null ? null : value.toString();
    }

    /** A published inspection learned through inspection-events, with findings ({@code KIND@ADDRESSEES}). */
    private UUID publish(String laCode, String type, String onSiteStart, String published, String responseDue,
                         String overallGrade, String... findings) {
        String inspection = UUID.randomUUID().toString();
        boolean graded = overallGrade != null;
        var records = new java.util.ArrayList<org.apache.kafka.clients.producer.ProducerRecord<String, String>>();
        records.add(InspectionSide.record("csip.inspection.published.v1", inspection, """
                {"inspectionId": "%s", "laCode": "%s", "type": "%s", "graded": %s, "status": "PUBLISHED",
                 "notifiedDate": "%s", "onSiteStart": "%s", "onSiteEnd": "%s", "publishedDate": "%s",
                 "overallGraded": %s, "overallGrade": %s, "judgements": [], "responseDue": %s}""".formatted(inspection,
                laCode, type, graded, onSiteStart, onSiteStart, onSiteStart, published, graded,
                graded ? "\"" + overallGrade + "\"" : null, responseDue == null ? null : "\"" + responseDue + "\"")));
        for (int i = 0; i < findings.length; i++) {
            String[] kind = findings[i].split("@", 2);
            records.add(InspectionSide.record("csip.finding.recorded.v1", inspection, """
                    {"findingId": "%s", "inspectionId": "%s", "laCode": "%s", "inspectionType": "%s", "sequence": %d,
                     "kind": "%s", "area": null, "text": "Finding %d", "addressedTo": ["%s"]}""".formatted(UUID.randomUUID(),
                    inspection, laCode, type, i + 1, kind[0], i + 1, kind.length > 1 ? kind[1] : "COUNCIL")));
        }
        new InspectionSide(bootstrapServers, dataSource).send(records);
        int expected = findings.length;
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM known_inspection WHERE"
                + " inspection_id = '" + inspection + "'") == 1 && count("SELECT count(*) FROM known_finding WHERE"
                + " inspection_id = '" + inspection + "'") == expected);
        return UUID.fromString(inspection);
    }

    private long events(String key, String type) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE payload->>'deadlineKey' = '" + key + "' AND event_type = '"
                + type + "'");
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
