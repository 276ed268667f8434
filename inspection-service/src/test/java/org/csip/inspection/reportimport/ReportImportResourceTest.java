package org.csip.inspection.reportimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.csip.inspection.Api;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.csip.testing.TopicLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/inspections/import} over HTTP against real PostgreSQL and Kafka: the draft stores nothing but itself,
 * confirming records everything at once with the usual events, and every refusal leaves no trace.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ReportImportResourceTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void importingGivesADraftAndRecordsNoInspection() {
        long inspections = Api.count(dataSource, "inspection");
        ExtractableResponse<Response> imported = upload(editor(), "cheshire-west-and-chester-2019-05-08.pdf")
                .then().statusCode(201)
                .header("Location", containsString("/api/inspections/import/"))
                .body("laCode", equalTo("896"))
                .body("laName", equalTo("Cheshire West and Chester"))
                .body("format", equalTo("ILACS_REPORT"))
                .body("onSiteStart", equalTo("2019-03-18"))
                .body("judgements", hasSize(4))
                .body("findings", hasSize(4))
                .body("findings[1].text", equalTo("Social workers’ exploration of the impact of diversity on children’s"
                        + " lived experiences."))
                .body("findings[1].page", equalTo(2))
                .body("findings[1].confidence", equalTo("HIGH"))
                .body("flags.findAll { it.severity == 'MISSING' }.field", equalTo(List.of("publishedDate")))
                .body("readyToConfirm", equalTo(false))
                .extract();
        assertThat(Api.count(dataSource, "inspection")).isEqualTo(inspections);
        String draftId = imported.path("draftId");
        editor().when().get("/api/inspections/import/" + draftId).then().statusCode(200)
                .body("sha256", equalTo(imported.path("sha256")))
                .body("findings", hasSize(4));
    }

    @Test
    void confirmingRecordsTheInspectionJudgementsAndFindingsWithTheirEventsOnce() throws Exception {
        String draftId = upload(editor(), "isles-of-scilly-2023-08-25.pdf").then().statusCode(201)
                .extract().path("draftId");
        try (TopicLog log = TopicLog.open(bootstrapServers, "inspection-events")) {
            String id = editor().body("{\"publishedDate\": \"2023-08-25\", \"notifiedDate\": \"2023-07-04\"}")
                    .when().post("/api/inspections/import/" + draftId + "/confirm")
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("PUBLISHED"))
                    .body("laCode", equalTo("420"))
                    .body("type", equalTo("SHORT"))
                    .body("framework", equalTo("ILACS_2023"))
                    .body("notifiedDate", equalTo("2023-07-04"))
                    .body("onSiteStart", equalTo("2023-07-11"))
                    .body("onSiteEnd", equalTo("2023-07-13"))
                    .body("publishedDate", equalTo("2023-08-25"))
                    .body("leadInspector", equalTo("Tracey Ledder"))
                    .body("judgements", hasSize(5))
                    .body("judgements.find { it.area == 'OVERALL_EFFECTIVENESS' }.grade", equalTo("INADEQUATE"))
                    .body("judgements.find { it.area == 'CARE_LEAVERS' }.grade", equalTo("REQUIRES_IMPROVEMENT"))
                    .extract().path("id");
            editor().when().get("/api/inspections/" + id + "/findings").then().statusCode(200)
                    .body("", hasSize(8))
                    .body("kind", everyItem("AREA_FOR_IMPROVEMENT"))
                    .body("[5].text", equalTo("The oversight of corporate parenting arrangements."));
            List<String> expected = new ArrayList<>(List.of("csip.inspection.notified.v1",
                    "csip.inspection.published.v1"));
            expected.addAll(Collections.nCopies(8, "csip.finding.recorded.v1"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(log.types(id)).containsExactlyElementsOf(expected));

            // A draft is confirmed once; the same file imported again says it is already recorded and cannot be.
            editor().body("{\"publishedDate\": \"2023-08-25\"}").when()
                    .post("/api/inspections/import/" + draftId + "/confirm")
                    .then().statusCode(409).body("detail", containsString(id));
            String again = upload(editor(), "isles-of-scilly-2023-08-25.pdf").then().statusCode(201)
                    .body("flags.find { it.field == 'file' }.message", containsString(id))
                    .body("readyToConfirm", equalTo(false))
                    .extract().path("draftId");
            editor().body("{\"publishedDate\": \"2023-08-25\"}").when()
                    .post("/api/inspections/import/" + again + "/confirm")
                    .then().statusCode(409).body("detail", containsString("already recorded as inspection " + id));
        }
    }

    @Test
    void aConfirmationThatBreaksARuleRecordsNothingAndNamesTheField() {
        // Cheshire West and Chester: no other test records its 2019 inspection, so only this test's rule can refuse.
        String draftId = upload(editor(), "cheshire-west-and-chester-2019-05-08.pdf").then().statusCode(201)
                .extract().path("draftId");
        long inspections = Api.count(dataSource, "inspection");
        long findings = Api.count(dataSource, "finding");
        long outbox = Api.count(dataSource, "outbox_event");
        // The publication date is not printed in ILACS reports: without it there is nothing to record.
        editor().body("{}").when().post("/api/inspections/import/" + draftId + "/confirm")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("publishedDate"));
        // A finding edited onto an area the 2018 framework does not judge fails after the inspection was written:
        // the whole confirmation rolls back.
        editor().body("""
                {"publishedDate": "2019-05-08", "findings": [
                  {"kind": "AREA_FOR_IMPROVEMENT", "text": "Fine."},
                  {"kind": "AREA_FOR_IMPROVEMENT", "area": "ADOPTION_PERFORMANCE", "text": "Not ILACS."}]}""")
                .when().post("/api/inspections/import/" + draftId + "/confirm")
                .then().statusCode(400).body("errors.field", hasItem("findings[1].area"));
        assertThat(Api.count(dataSource, "inspection")).isEqualTo(inspections);
        assertThat(Api.count(dataSource, "finding")).isEqualTo(findings);
        assertThat(Api.count(dataSource, "outbox_event")).isEqualTo(outbox);
        editor().when().get("/api/inspections/import/" + draftId).then().statusCode(200);
    }

    @Test
    void aFileThatIsNotAReadableReportIsRefusedWith422AndNothingIsKept() {
        long drafts = Api.count(dataSource, "report_import");
        given().auth().oauth2(org.csip.inspection.Api.editorToken())
                .multiPart("file", "minutes.docx", "PK not a pdf".getBytes(), "application/octet-stream")
                .when().post("/api/inspections/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csip.example/problems/report-not-pdf"))
                .body("errors[0].field", equalTo("file"));
        given().auth().oauth2(org.csip.inspection.Api.editorToken())
                .multiPart("file", "locked.pdf", TestPdfs.encrypted("Ofsted"), "application/pdf")
                .when().post("/api/inspections/import")
                .then().statusCode(422).body("type", equalTo("https://csip.example/problems/report-encrypted"))
                .body("detail", containsString("password"));
        given().auth().oauth2(org.csip.inspection.Api.editorToken()).contentType("multipart/form-data")
                .multiPart("other", "x")
                .when().post("/api/inspections/import")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        assertThat(Api.count(dataSource, "report_import")).isEqualTo(drafts);
    }

    @Test
    void aFileNameLongerThanItsColumnStillGivesADraft() {
        // A 337-character name once ended in a 500 (the column holds 255): it labels the draft, cut to fit.
        String name = "a".repeat(300) + "-cheshire-west-and-chester-2019-05-08.pdf";
        editor().contentType("multipart/form-data")
                .multiPart("file", name, bytes("cheshire-west-and-chester-2019-05-08.pdf"), "application/pdf")
                .when().post("/api/inspections/import")
                .then().statusCode(201)
                .body("fileName.length()", equalTo(255));
    }

    @Test
    void onlyTheCouncilsInspectionEditorsImport() {
        upload(given(), "st-helens-2023-09-04.pdf").then().statusCode(401);
        upload(given().auth().oauth2(TestTokens.user("council", "viewer")), "st-helens-2023-09-04.pdf")
                .then().statusCode(403);
        upload(given().auth().oauth2(TestTokens.user("police", "inspection-editor")), "st-helens-2023-09-04.pdf")
                .then().statusCode(403);
        String draftId = upload(editor(), "st-helens-2023-09-04.pdf").then().statusCode(201).extract().path("draftId");
        given().auth().oauth2(org.csip.inspection.Api.viewerToken("health")).when().get("/api/inspections/import/" + draftId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user("police", "inspection-editor")).contentType("application/json")
                .body("{}").when().post("/api/inspections/import/" + draftId + "/confirm").then().statusCode(403);
    }

    @Test
    void aJointInspectionLetterIsRecordedWithEachFindingsAddresseesAndTheStatementsDate() {
        byte[] letter = ReportPdfs.jtaiLetter("St Helens", "26 June 2017", "8 to 12 May 2017", "2 October 2017",
                "The police response to children who go missing from home.",
                "Health visitors’ contribution to child protection plans.");
        String draftId = editor().contentType("multipart/form-data").multiPart("file", "jtai.pdf", letter,
                        "application/pdf").when().post("/api/inspections/import").then().statusCode(201)
                .body("format", equalTo("JTAI_LETTER")).body("responseDue", equalTo("2017-10-02"))
                .body("findings.addressedTo", org.hamcrest.Matchers.contains(List.of("POLICE"), List.of("HEALTH")))
                .extract().path("draftId");
        String id = editor().body("{}").when().post("/api/inspections/import/" + draftId + "/confirm").then()
                .statusCode(201).body("type", equalTo("JTAI")).body("responseDue", equalTo("2017-10-02"))
                .body("onSiteStart", equalTo("2017-05-08")).extract().path("id");
        given().auth().oauth2(org.csip.inspection.Api.viewerToken("police")).when()
                .get("/api/inspections/" + id + "/findings").then().statusCode(200)
                .body("addressedTo", org.hamcrest.Matchers.contains(List.of("POLICE"), List.of("HEALTH")));
    }

    static RequestSpecification editor() {
        return given().auth().oauth2(org.csip.inspection.Api.editorToken()).contentType("application/json");
    }

    static Response upload(RequestSpecification as, String report) {
        return as.contentType("multipart/form-data").multiPart("file", report, bytes(report), "application/pdf")
                .when().post("/api/inspections/import");
    }

    static byte[] bytes(String report) {
        try (InputStream in = ReportImportResourceTest.class.getResourceAsStream("/ofsted/" + report)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItem(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/inspections/import")
    java.net.URI importUrl;

    @Test
    void aBrokenMultipartBodyIsA400ProblemNotAServerError() throws Exception {
        for (String body : List.of(
                "--csipxyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 trunc",
                "--csipxyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n",
                "garbage")) {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(importUrl)
                    .header("Authorization", "Bearer " + org.csip.inspection.Api.editorToken())
                    .header("Content-Type", "multipart/form-data; boundary=csipxyz")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
