package org.csip.inspection;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import javax.sql.DataSource;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.register.RegisteredAuthority;
import org.csip.testing.Rows;
import org.csip.testing.TestTokens;

/** Shorthands for the tests: the council's inspection editor calling the API, and a look at the outbox. */
public final class Api {
    private Api() {
    }

    /** Every council in the register: what the fixtures below cover, so each test can keep to councils of its own. */
    public static final List<String> EVERY_COUNCIL = new LocalAuthorityRegister().all().stream()
            .map(RegisteredAuthority::laCode).toList();

    /**
     * An inspection editor of a council organisation covering every council, so tests of recording keep to a council
     * each; what one council's people may not do in another's is {@code TenancyTest}'s, with real organisations.
     */
    public static RequestSpecification editor() {
        return given().auth().oauth2(editorToken()).contentType("application/json");
    }

    /** The token of {@link #editor()}. */
    public static String editorToken() {
        return TestTokens.member("every-council", "council", EVERY_COUNCIL, "inspection-editor");
    }

    /** A viewer of {@code agency} whose organisation covers every council (as {@link #editor()}). */
    public static RequestSpecification viewer(String agency) {
        return given().auth().oauth2(viewerToken(agency));
    }

    /** The token of {@link #viewer(String)}. */
    public static String viewerToken(String agency) {
        return TestTokens.member("every-council-" + agency, agency, EVERY_COUNCIL, "viewer");
    }

    /** An overseer with these roles overseeing every council (as {@link #editor()}). */
    public static String overseerToken(String... roles) {
        return TestTokens.overseerOf(EVERY_COUNCIL, roles);
    }

    /** Records a notification and returns the new inspection's id. */
    public static String notified(String laCode, String type, String notified, String onSiteStart, String onSiteEnd) {
        String body = "{\"laCode\": \"" + laCode + "\", \"type\": \"" + type + "\", \"notifiedDate\": \"" + notified + "\""
                + (onSiteStart == null ? "" : ", \"onSiteStart\": \"" + onSiteStart + "\"")
                + (onSiteEnd == null ? "" : ", \"onSiteEnd\": \"" + onSiteEnd + "\"")
                + ("JTAI".equals(type) ? ", \"theme\": \"The response to children missing from education\"" : "") + "}";
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
