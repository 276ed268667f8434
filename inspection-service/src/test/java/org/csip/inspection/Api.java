package org.csip.inspection;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import javax.sql.DataSource;
import org.csip.testing.Rows;
import org.csip.testing.TestTokens;

/** Shorthands for the tests: the council's inspection editor calling the API, and a look at the outbox. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.user("council", "inspection-editor")).contentType("application/json");
    }

    public static RequestSpecification viewer(String agency) {
        return given().auth().oauth2(TestTokens.user(agency, "viewer"));
    }

    /** Records a notification and returns the new inspection's id. */
    public static String notified(String laCode, String type, String notified, String onSiteStart, String onSiteEnd) {
        String body = "{\"laCode\": \"" + laCode + "\", \"type\": \"" + type + "\", \"notifiedDate\": \"" + notified + "\""
                + (onSiteStart == null ? "" : ", \"onSiteStart\": \"" + onSiteStart + "\"")
                + (onSiteEnd == null ? "" : ", \"onSiteEnd\": \"" + onSiteEnd + "\"") + "}";
        return editor().body(body).when().post("/api/inspections").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse publish(String id, String body) {
        return editor().body(body).when().post("/api/inspections/" + id + "/publish").then();
    }

    /** A published ILACS (2018 framework) inspection of {@code laCode} with an inadequate overall grade. */
    public static String publishedInadequate(String laCode, String onSiteStart, String onSiteEnd, String published) {
        String id = notified(laCode, "STANDARD", onSiteStart, onSiteStart, onSiteEnd);
        publish(id, "{\"publishedDate\": \"" + published + "\", \"judgements\": ["
                + "{\"area\": \"OVERALL_EFFECTIVENESS\", \"grade\": \"INADEQUATE\"},"
                + "{\"area\": \"IMPACT_OF_LEADERS\", \"grade\": \"REQUIRES_IMPROVEMENT\"},"
                + "{\"area\": \"HELP_AND_PROTECTION\", \"grade\": \"REQUIRES_IMPROVEMENT\"},"
                + "{\"area\": \"CHILDREN_IN_CARE_AND_CARE_LEAVERS\", \"grade\": \"INADEQUATE\"}]}").statusCode(200);
        return id;
    }

    public static long count(DataSource dataSource, String table) {
        return Rows.count(dataSource, "SELECT count(*) FROM " + table);
    }
}
