package org.csip.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A client over its limit gets 429 with Retry-After; another client is not held back. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeAMinute.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    /** Three requests at once, three a minute. */
    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.rate-limit.burst", "3", "csip.gateway.rate-limit.per-minute", "3");
        }
    }

    @Test
    void theFourthRequestInAMinuteIsRefusedWithRetryAfterAndOthersCarryOn() {
        String busy = TestTokens.user("police", "viewer");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(busy).when().get("/api/inspections").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(busy).when().get("/api/inspections").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("at most 3 a minute")).extract().header("Retry-After");
        // One request comes back every 20 s.
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 20);
        given().auth().oauth2(TestTokens.user("health", "viewer")).when().get("/api/inspections").then().statusCode(200);
        given().auth().oauth2(busy).when().get("/partners/police/actions").then().statusCode(429);
    }
}
