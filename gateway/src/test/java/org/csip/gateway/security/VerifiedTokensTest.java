package org.csip.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway's memory of verified tokens, attacked: a token is verified once and then served from memory, but only
 * the very same text is — one altered or re-signed after its original was remembered is refused and never
 * remembered; two callers interleaved each keep their own councils; and a remembered token stops working when it
 * expires, long before the memory's own limit (60 s) would end it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class VerifiedTokensTest {
    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenIsRememberedOnceVerifiedAndOnlyItsExactTextIsServedFromMemory() {
        String token = TestTokens.user("council", "viewer");
        long before = verifiedTokens.remembered();
        read(token, "342").statusCode(200);
        assertThat(verifiedTokens.remembered()).as("remembered once verified").isEqualTo(before + 1);
        read(token, "342").statusCode(200);
        read(token, "340").statusCode(403); // the council gate still reads the remembered token's councils
        assertThat(verifiedTokens.remembered()).as("the same token is not remembered twice").isEqualTo(before + 1);

        String widened = TestTokens.withClaim(token, "organization", Map.of("merseyside-police",
                Map.of("kind", List.of("police"), "councils", TestTokens.MERSEYSIDE)));
        String forged = TestTokens.resignedByOtherKey(token);
        String truncated = token.substring(0, token.length() - 1);
        for (String attack : List.of(widened, forged, truncated, token + "A", token.toLowerCase())) {
            read(attack, "340").statusCode(401);
            read(attack, "342").statusCode(401);
        }
        assertThat(verifiedTokens.remembered()).as("a refused token is never remembered").isEqualTo(before + 1);
        read(token, "342").statusCode(200);
    }

    @Test
    void callersInterleavedEachKeepTheirOwnCouncils() {
        String stHelens = TestTokens.user("council", "viewer");
        String police = TestTokens.user("police", "viewer");
        for (int round = 0; round < 3; round++) {
            read(stHelens, "340").statusCode(403);
            read(police, "340").statusCode(200);
            read(stHelens, "342").statusCode(200);
            read(police, "876").statusCode(403);
        }
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        String token = TestTokens.expiringIn(3, "council", "viewer");
        long before = verifiedTokens.remembered();
        read(token, "342").statusCode(200);
        assertThat(verifiedTokens.remembered()).isEqualTo(before + 1);
        // The memory keeps a token for up to 60 s; this one must be refused once its own expiry passes.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> read(token, "342").extract().statusCode() == 401);
        read(token, "342").statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse read(String token, String laCode) {
        return given().auth().oauth2(token).queryParam("laCode", laCode).when().get("/api/plans").then();
    }
}
