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
    void aChunkedBodyIsCountedAsItArrivesOnEveryRoute() {
        for (String path : new String[] {"/api/plans", "/partners/police/actions/police-7/updates"}) {
            String token = path.startsWith("/api") ? TestTokens.user("council", "plan-editor")
                    : TestTokens.user("police", "action-owner");
            given().auth().oauth2(token).contentType("application/json")
                    .body(new java.io.ByteArrayInputStream(THREE_MB)).when().post(path)
                    .then().statusCode(413).contentType("application/problem+json")
                    .header("Content-Length", org.hamcrest.Matchers.notNullValue())
                    .body("detail", containsString(path));
        }
        byte[] small = "{\"title\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(TestTokens.user("council", "plan-editor")).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(small)).when().post("/api/plans")
                .then().statusCode(200).body("bodyBytes", org.hamcrest.Matchers.equalTo(small.length));
    }

    @Test
    void theReportImportTakesAPdfOverTwoMegabytes() {
        given().auth().oauth2(TestTokens.user("council", "inspection-editor"))
                .multiPart("file", "report.pdf", THREE_MB, "application/pdf")
                .when().post("/api/inspections/import")
                .then().statusCode(200).body("bodyBytes", org.hamcrest.Matchers.greaterThan(THREE_MB.length));
    }

    @Test
    void aUrlLongerThanAnyCsipNeedsIsA414Problem() {
        given().auth().oauth2(TestTokens.user("council", "viewer")).queryParam("title", "x".repeat(20_000))
                .when().get("/api/plans").then().statusCode(414).contentType("application/problem+json")
                .body("detail", containsString("8192"));
        given().auth().oauth2(TestTokens.user("council", "viewer")).queryParam("title", "x".repeat(2_000))
                .when().get("/api/plans").then().statusCode(200);
    }
}
