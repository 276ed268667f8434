package org.csip.actionplan.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.actionplan.Api.as;
import static org.csip.actionplan.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.csip.actionplan.InspectionSide;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adviser's progress report: each figure counted for the period asked, and the same report as JSON,
 * as a web page and as a PDF whose text can be read back.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ProgressReportTest {
    private static final String FROM = "2020-02-01";
    private static final String TO = "2020-03-31";
    private static final String EVIDENCE = """
            [{"title": "Audit of 20 cases", "link": "https://intranet.example/audits/7"}]""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    String plan;
    String theme;
    List<java.util.UUID> findings;

    @BeforeEach
    void aPlanWithAHistory() {
        var published = new InspectionSide(bootstrapServers, dataSource)
                .publish("342", "FOCUSED_VISIT", "AREA_FOR_IMPROVEMENT", "AREA_FOR_IMPROVEMENT");
        findings = published.findingIds();
        plan = editor().body("{\"laCode\": \"342\", \"title\": \"Improving help and protection\", \"inspectionIds\": [\""
                + published.inspectionId() + "\"]}").when().post("/api/plans").then().statusCode(201).extract().path("id");
        theme = editor().body("{\"title\": \"Thresholds and the front door\"}").when().post("/api/plans/" + plan + "/themes")
                .then().statusCode(201).extract().path("id");

        // Completed in the period; its RAG went from amber to green when it was.
        String completed = action("Custody referrals checked daily", "POLICE", "2020-03-15", findings.get(0));
        report(completed, "police", "2020-01-20", "AMBER");
        as("police", "action-owner").body("{\"narrative\": \"Daily check in place\", \"completedOn\": \"2020-03-10\","
                + " \"evidence\": " + EVIDENCE + "}").when().post("/api/actions/" + completed + "/complete")
                .then().statusCode(200);
        // Started in the period, then turned red; overdue at its end.
        String started = action("Health visitors at strategy meetings", "HEALTH", "2020-02-28", null);
        report(started, "health", "2020-02-10", "GREEN");
        report(started, "health", "2020-03-05", "RED");
        // Completed after the period: still overdue at its end.
        String late = action("Front-door threshold guidance", "COUNCIL", "2020-03-01", null);
        editor().body("{\"narrative\": \"Published\", \"completedOn\": \"2020-04-15\", \"evidence\": " + EVIDENCE + "}")
                .when().post("/api/actions/" + late + "/complete").then().statusCode(200);
        // Its due date is moved later today: a slip dated today.
        String moved = action("Multi-agency audit programme", "COUNCIL", "2020-06-30", null);
        String etag = editor().when().get("/api/actions/" + moved).then().extract().header("ETag");
        editor().header("If-Match", etag).body(actionBody("Multi-agency audit programme", "COUNCIL", "2020-09-30", null))
                .when().put("/api/actions/" + moved).then().statusCode(200);
        // Cancelled: counts nowhere.
        String cancelled = action("Duplicate action", "COUNCIL", "2020-02-15", null);
        editor().body("{\"reason\": \"Merged into the audit programme\"}").when().post("/api/actions/" + cancelled + "/cancel")
                .then().statusCode(200);

        String measures = "/api/plans/" + plan + "/measures";
        String caseload = editor().body("""
                {"name": "Average caseload", "unit": "cases per FTE", "baseline": 19.7, "baselineOn": "2019-09-30",
                 "target": 18.0, "direction": "LOWER_IS_BETTER"}""").when().post(measures).then().statusCode(201)
                .extract().path("id");
        for (String actual : List.of("{\"asOf\": \"2020-01-31\", \"value\": 19.2}", "{\"asOf\": \"2020-03-31\", \"value\": 17.6}",
                "{\"asOf\": \"2020-05-31\", \"value\": 18.4}")) {
            editor().body(actual).when().post(measures + "/" + caseload + "/actuals").then().statusCode(200);
        }
        editor().body("""
                {"name": "Audits graded good", "unit": "%", "baseline": 20, "baselineOn": "2019-09-30",
                 "target": 60, "direction": "HIGHER_IS_BETTER"}""").when().post(measures).then().statusCode(201);

        for (String date : List.of("2020-03-12", "2020-05-01")) {
            given().auth().oauth2(TestTokens.overseer("board-member")).contentType("application/json").body("""
                    {"planId": "%s", "meetingDate": "%s", "chair": "Independent chair",
                     "attendance": {"council": 6, "police": 2, "health": 2, "others": 2},
                     "decisions": [{"text": "Escalate strategy meeting attendance (%s)", "owner": "Designated nurse",
                                    "dueDate": "2020-04-30", "actionId": "%s"}]}""".formatted(plan, date, date, started))
                    .when().post("/api/board-meetings").then().statusCode(201);
        }
    }

    String action(String title, String leadAgency, String due, java.util.UUID finding) {
        return editor().body(actionBody(title, leadAgency, due, finding)).when().post("/api/plans/" + plan + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    String actionBody(String title, String leadAgency, String due, java.util.UUID finding) {
        return """
                {"themeId": "%s", "title": "%s", "leadAgency": "%s", "owner": "Safeguarding lead",
                 "startDate": "2020-01-06", "dueDate": "%s", "findingIds": [%s]}"""
                .formatted(theme, title, leadAgency, due, finding == null ? "" : "\"" + finding + "\"");
    }

    void report(String action, String agency, String on, String rag) {
        as(agency, "action-owner").body("{\"reportedOn\": \"%s\", \"rag\": \"%s\", \"narrative\": \"Update of %s\"}"
                .formatted(on, rag, on)).when().post("/api/actions/" + action + "/updates").then().statusCode(201);
    }

    String path() {
        return "/api/plans/" + plan + "/reports/progress";
    }

    @Test
    void theReportCountsWhatHappenedInThePeriod() {
        as("police", "viewer").queryParam("from", FROM).queryParam("to", TO).when().get(path()).then()
                .statusCode(200).contentType("application/json")
                .body("laName", equalTo("St. Helens")).body("from", equalTo(FROM)).body("to", equalTo(TO))
                .body("headline.actions", equalTo(4)).body("headline.open", equalTo(3))
                .body("completed.title", contains("Custody referrals checked daily"))
                .body("completed[0].on", equalTo("2020-03-10"))
                .body("started.title", contains("Health visitors at strategy meetings"))
                .body("started[0].on", equalTo("2020-02-10"))
                .body("overdue.title", contains("Health visitors at strategy meetings", "Front-door threshold guidance"))
                .body("overdue.daysOverdue", contains(32, 30)).body("overdue.rag", contains("RED", null))
                .body("overdue.status", contains("IN_PROGRESS", "NOT_STARTED"))
                .body("ragChanges.from", contains("GREEN", "AMBER")).body("ragChanges.to", contains("RED", "GREEN"))
                .body("ragChanges.worsened", contains(true, false)).body("headline.ragWorsened", equalTo(1))
                .body("slipped", org.hamcrest.Matchers.empty())
                .body("measures.name", contains("Audits graded good", "Average caseload"))
                .body("measures[0].movement", equalTo("NO_DATA")).body("measures[0].onTarget", equalTo(null))
                .body("measures[1].atStart", equalTo(19.2f)).body("measures[1].startAsOf", equalTo("2020-01-31"))
                .body("measures[1].latest", equalTo(17.6f)).body("measures[1].onTarget", equalTo(true))
                .body("measures[1].movement", equalTo("IMPROVED")).body("headline.measuresOnTarget", equalTo(1))
                .body("decisions.text", contains("Escalate strategy meeting attendance (2020-03-12)"))
                .body("decisions[0].actionTitle", equalTo("Health visitors at strategy meetings"))
                .body("headline.findings", equalTo(2)).body("headline.uncoveredFindings", equalTo(1))
                .body("uncoveredFindings.findingId", contains(findings.get(1).toString()))
                .body("themes[0].actions", equalTo(4)).body("themes[0].completed", equalTo(1))
                .body("themes[0].notStarted", equalTo(2)).body("themes[0].inProgress", equalTo(1))
                .body("themes[0].overdue", equalTo(2)).body("themes[0].red", equalTo(1))
                .body("themes[0].green", equalTo(1)).body("themes[0].cancelled", equalTo(1));
    }

    @Test
    void byDefaultTheReportCoversTheSixWeeksToTodayAndShowsTodaysSlip() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        as("health", "viewer").when().get(path()).then().statusCode(200)
                .body("to", equalTo(today.toString())).body("from", equalTo(today.minusWeeks(6).toString()))
                .body("slipped.title", contains("Multi-agency audit programme"))
                .body("slipped[0].previousDueDate", equalTo("2020-06-30")).body("slipped[0].newDueDate", equalTo("2020-09-30"))
                .body("slipped[0].days", equalTo(92)).body("slipped[0].movedOn", equalTo(today.toString()))
                .body("completed", org.hamcrest.Matchers.empty())
                .body("measures[1].latest", equalTo(18.4f)).body("measures[1].onTarget", equalTo(false))
                .body("measures[1].movement", equalTo("UNCHANGED"))
                .body("overdue.title", hasItem("Multi-agency audit programme"));
    }

    @Test
    void theSameReportIsAWebPageAndAPdf() throws Exception {
        as("council", "viewer").accept("text/html").queryParam("from", FROM).queryParam("to", TO).when().get(path())
                .then().statusCode(200).contentType("text/html")
                .body(containsString("<h1>St. Helens: Improving help and protection</h1>"))
                .body(containsString("1 February 2020 to 31 March 2020"))
                .body(containsString("Overdue on 31 March 2020"))
                .body(containsString("Custody referrals checked daily"));

        byte[] pdf = as("council", "viewer").accept("application/pdf").queryParam("from", FROM).queryParam("to", TO)
                .when().get(path()).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("csip-progress-342-2020-02-01-to-2020-03-31.pdf"))
                .extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "progress-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("St. Helens: Improving help and protection", "1 February 2020 to 31 March 2020",
                    "Health visitors at strategy meetings", "Escalate strategy meeting attendance (2020-03-12)",
                    "Average caseload", "Page 1 of " + document.getNumberOfPages());
            assertThat(text).doesNotContain("Escalate strategy meeting attendance (2020-05-01)", "Duplicate action");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("St. Helens: progress report");
        }

        as("council", "viewer").queryParam("format", "pdf").when().get(path()).then().statusCode(200)
                .contentType("application/pdf").body(startsWith("%PDF-"));
        as("council", "viewer").accept("text/csv").when().get(path()).then().statusCode(406);
    }

    @Test
    void badPeriodsAreRefusedNamingTheParameterAndEveryPartnerMayRead() {
        as("police", "viewer").queryParam("from", "2020-04-01").queryParam("to", TO).when().get(path()).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("from"));
        as("police", "viewer").queryParam("to", LocalDate.now().plusDays(2).toString()).when().get(path()).then()
                .statusCode(400).body("errors.field", contains("to"));
        as("police", "viewer").queryParam("from", "1 April").when().get(path()).then()
                .statusCode(400).body("errors.field", contains("from"));
        as("police", "viewer").queryParam("from", "2010-01-01").queryParam("to", TO).when().get(path()).then()
                .statusCode(400).body("errors.field", contains("from"));
        as("police", "viewer").queryParam("format", "docx").when().get(path()).then()
                .statusCode(400).body("errors.field", contains("format"));
        as("police", "viewer").when().get("/api/plans/" + java.util.UUID.randomUUID() + "/reports/progress").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get(path()).then().statusCode(401);
        given().auth().oauth2(TestTokens.overseer("improvement-adviser")).when().get(path()).then().statusCode(200);
    }
}
