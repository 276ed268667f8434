package org.csip.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** JSON routes stay at 2 MB; only the report import takes a PDF beyond that (the echo upstream answers 200). */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class BodyLimitTest {
    static final byte[] THREE_MB = new byte[3 * 1024 * 1024];

    @Test
    void aBodyOverTwoMegabytesIsRefusedOnJsonRoutesAsAProblem() {
        given().auth().oauth2(TestTokens.user("council", "plan-editor")).contentType("application/json")
                .body(THREE_MB).when().post("/api/plans")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("/api/inspections/import"));
    }

    @Test
    void theReportImportTakesAPdfOverTwoMegabytes() {
        given().auth().oauth2(TestTokens.user("council", "inspection-editor"))
                .multiPart("file", "report.pdf", THREE_MB, "application/pdf")
                .when().post("/api/inspections/import")
                .then().statusCode(200).body("bodyBytes", org.hamcrest.Matchers.greaterThan(THREE_MB.length));
    }
}
