package org.csip.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The {@code laCode} a partner narrows its summary or feed to is a council it covers, spelt as one: a control
 * character hidden at either end is refused, never stripped into a council code.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class PartnerCouncilFilterTest {
    private static final String[] HIDDEN_CONTROLS = {"344\u0000", "\u0000344", "34\u00004", "344\u001b", "344\u007f"};

    @Test
    void aCouncilCodeWithAControlCharacterIsA400NamingLaCode() {
        for (String path : new String[] {"/partners/police/summary", "/partners/police/events"}) {
            for (String laCode : HIDDEN_CONTROLS) {
                given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("laCode", laCode)
                        .when().get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("laCode"))
                        .body("errors[0].message", containsString("control character"));
            }
        }
    }

    @Test
    void aCouncilTheForceDoesNotCoverIsRefusedHoweverItIsPadded() {
        for (String laCode : new String[] {"887", " 887 ", "887\t"}) {
            given().auth().oauth2(TestTokens.user("police", "viewer")).queryParam("laCode", laCode)
                    .when().get("/partners/police/summary").then().statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString("887"));
        }
    }
}
