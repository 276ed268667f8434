package org.csip.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.inspection.Api.editor;
import static org.csip.inspection.Api.notified;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.csip.inspection.Api;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class InspectionChangesTest {
    private static final String CHANGE = """
            {"type": "FOCUSED_VISIT", "notifiedDate": "2018-07-03", "onSiteStart": "2018-07-10",
             "onSiteEnd": "2018-07-11", "theme": "Front door and thresholds", "leadInspector": "%s"}""";

    @Inject
    DataSource dataSource;

    @Test
    void anUpdateNeedsTheCurrentETagAndAStaleOneIsRefusedWithoutAChange() {
        String id = notified("342", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        String etag = Api.viewer("council").when().get("/api/inspections/" + id).then().extract().header("ETag");
        long outboxBefore = Api.count(dataSource, "outbox_event");

        editor().body(CHANGE.formatted("A")).when().put("/api/inspections/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        editor().header("If-Match", "\"not-a-version\"").body(CHANGE.formatted("A"))
                .when().put("/api/inspections/" + id).then().statusCode(400).body("errors.field", hasItem("If-Match"));
        assertThat(Api.count(dataSource, "outbox_event")).isEqualTo(outboxBefore);

        String next = editor().header("If-Match", etag).body(CHANGE.formatted("A"))
                .when().put("/api/inspections/" + id)
                .then().statusCode(200).body("leadInspector", equalTo("A")).body("theme", containsString("thresholds"))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        assertThat(Api.count(dataSource, "outbox_event")).isEqualTo(outboxBefore + 1);

        editor().header("If-Match", etag).body(CHANGE.formatted("B")).when().put("/api/inspections/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("has changed"));
        Api.viewer("council").when().get("/api/inspections/" + id).then().body("leadInspector", equalTo("A"));

        // Saving what is already there changes nothing and announces nothing.
        editor().header("If-Match", next).body(CHANGE.formatted("A")).when().put("/api/inspections/" + id)
                .then().statusCode(200).header("ETag", equalTo(next));
        assertThat(Api.count(dataSource, "outbox_event")).isEqualTo(outboxBefore + 1);
    }

    @Test
    void aPublishedInspectionKeepsItsTypeAndFramework() {
        String id = Api.publishedInadequate("342", "2019-09-23", "2019-10-04", "2019-11-04");
        String etag = Api.viewer("council").when().get("/api/inspections/" + id).then().extract().header("ETag");
        String body = """
                {"type": "%s", "notifiedDate": "2019-09-16", "onSiteStart": "%s", "onSiteEnd": "2019-10-04"}""";
        editor().header("If-Match", etag).body(body.formatted("SHORT", "2019-09-23"))
                .when().put("/api/inspections/" + id).then().statusCode(409);
        editor().header("If-Match", etag).body(body.formatted("STANDARD", "2019-09-23").replace("2019-10-04", "2019-11-30"))
                .when().put("/api/inspections/" + id).then().statusCode(400).body("errors.field", hasItem("onSiteEnd"));
        editor().header("If-Match", etag).body(body.formatted("STANDARD", "2019-09-24"))
                .when().put("/api/inspections/" + id).then().statusCode(200).body("onSiteStart", equalTo("2019-09-24"));
    }

    @Test
    void startingNeedsANotifiedInspectionAndAnOnSiteDate() {
        String id = notified("342", "MONITORING_VISIT", "2020-04-29", null, null);
        editor().when().post("/api/inspections/" + id + "/start").then().statusCode(400)
                .body("errors.field", hasItem("onSiteStart"));
        editor().body("{\"onSiteStart\": \"2020-04-01\"}").when().post("/api/inspections/" + id + "/start")
                .then().statusCode(400).body("errors.field", hasItem("onSiteStart"));
        editor().header("If-Match", "\"7\"").body("{\"onSiteStart\": \"2020-05-06\"}")
                .when().post("/api/inspections/" + id + "/start").then().statusCode(412);
        editor().body("{\"onSiteStart\": \"2020-05-06\"}").when().post("/api/inspections/" + id + "/start")
                .then().statusCode(200).body("status", equalTo("ON_SITE")).body("onSiteStart", equalTo("2020-05-06"));
        editor().body("{\"onSiteStart\": \"2020-05-06\"}").when().post("/api/inspections/" + id + "/start")
                .then().statusCode(409);
    }

    @Test
    void listsFilterByCouncilTypeStatusAndVisitDatesAndSayHowManyMatch() {
        String a = notified("343", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        String b = Api.publishedInadequate("343", "2019-09-23", "2019-10-04", "2019-11-04");
        String c = notified("343", "MONITORING_VISIT", "2020-04-29", "2020-05-06", "2020-05-07");
        var reader = Api.viewer("health");
        reader.queryParam("laCode", "343").when().get("/api/inspections").then().statusCode(200)
                .header("X-Total-Count", "3").body("id", contains(c, b, a));
        Api.viewer("health").queryParam("laCode", "343").queryParam("type", "FOCUSED_VISIT")
                .when().get("/api/inspections").then().body("id", contains(a));
        Api.viewer("health").queryParam("laCode", "343").queryParam("status", "PUBLISHED")
                .when().get("/api/inspections").then().body("id", contains(b));
        Api.viewer("health").queryParam("laCode", "343").queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/inspections").then().body("id", contains(b));
        Api.viewer("health").queryParam("laCode", "343").queryParam("size", "2").queryParam("page", "1")
                .when().get("/api/inspections").then().header("X-Total-Count", "3").body("id", contains(a));
        Api.viewer("health").queryParam("status", "PUBLISHED").when().get("/api/inspections").then()
                .body("status", everyItem(equalTo("PUBLISHED"))).body("id", not(hasItem(a)));

        Api.viewer("health").queryParam("status", "DONE").when().get("/api/inspections").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        Api.viewer("health").queryParam("type", "OFSTED").when().get("/api/inspections").then().statusCode(400)
                .body("errors.field", hasItem("type"));
        Api.viewer("health").queryParam("from", "2019-13-01").when().get("/api/inspections").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        Api.viewer("health").queryParam("from", "2020-01-01").queryParam("to", "2019-01-01")
                .when().get("/api/inspections").then().statusCode(400).body("errors.field", hasItem("to"));
        Api.viewer("health").queryParam("laCode", "ABC").when().get("/api/inspections").then().statusCode(400)
                .body("errors.field", hasItem("laCode"));
    }

    @Test
    void oversizedTextIsRefusedNamingTheField() {
        editor().body("{\"laCode\": \"342\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2018-07-03\","
                        + " \"theme\": \"" + "t".repeat(501) + "\"}")
                .when().post("/api/inspections").then().statusCode(400).body("errors.field", hasItem("theme"));
        editor().body("{\"laCode\": \"342\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2018-07-03\","
                        + " \"reportUrl\": \"javascript:alert(1)\"}")
                .when().post("/api/inspections").then().statusCode(400).body("errors.field", hasItem("reportUrl"));
        editor().body("{\"laCode\": \"999\", \"type\": \"FOCUSED_VISIT\", \"notifiedDate\": \"2018-07-03\"}")
                .when().post("/api/inspections").then().statusCode(400).body("errors.field", hasItem("laCode"));
    }

    @Test
    void updatesAreForTheCouncilsInspectionEditorOnly() {
        String id = notified("342", "FOCUSED_VISIT", "2018-07-03", "2018-07-10", "2018-07-11");
        io.restassured.RestAssured.given().contentType("application/json").header("If-Match", "\"0\"")
                .body(CHANGE.formatted("X")).when().put("/api/inspections/" + id).then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.user("police", "inspection-editor"))
                .contentType("application/json").header("If-Match", "\"0\"")
                .body(CHANGE.formatted("X")).when().put("/api/inspections/" + id).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.overseer("improvement-adviser"))
                .contentType("application/json").header("If-Match", "\"0\"")
                .body(CHANGE.formatted("X")).when().put("/api/inspections/" + id).then().statusCode(403);
    }
}
