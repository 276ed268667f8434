package org.csip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.ServerSocket;
import java.util.Map;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.RefusingPort;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A service that is down, or silent, gives a prompt 503 problem naming it — never a hang or a bare 502. */
@QuarkusTest
@TestProfile(UpstreamDownTest.DownUpstreams.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class UpstreamDownTest {

    /** The workforce service refuses connections; the action-plan service accepts them and never answers. */
    public static class DownUpstreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.workforce", RefusingPort.url(),
                    "csip.gateway.upstreams.action-plan", "http://localhost:" + Silent.PORT,
                    "csip.gateway.upstream-timeout", "2s");
        }
    }

    /** A listener that accepts and says nothing. */
    static final class Silent {
        static final int PORT;
        static final ServerSocket SOCKET;

        static {
            try {
                SOCKET = new ServerSocket(0);
                PORT = SOCKET.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aServiceThatRefusesGivesA503ProblemNamingIt() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/teams").then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", equalTo(503)).body("detail", containsString("workforce service"))
                .time(lessThan(5000L));
    }

    @Test
    void aServiceThatStaysSilentGivesA503AfterTheTimeoutNotAHang() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/plans").then()
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("action-plan service"))
                // A silent service is not asked twice (ReadRetry): one timeout of 2 s, not two.
                .time(lessThan(3800L));
    }

    @Test
    void otherServicesStillAnswer() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/api/inspections").then()
                .statusCode(200);
    }

    @Test
    void thePartnerSummaryStillAnswersNamingThePartsItCouldNotGet() {
        given().auth().oauth2(TestTokens.user("police", "viewer")).when().get("/partners/police/summary").then()
                .statusCode(200).body("agency", equalTo("police"))
                .body("unavailable", org.hamcrest.Matchers.containsInAnyOrder("action-plan", "workforce"))
                .body("actions", org.hamcrest.Matchers.nullValue()).body("workforce", org.hamcrest.Matchers.nullValue())
                .time(lessThan(15000L));
    }

    @Test
    void readinessReportsEachUpstreamAndStaysUpWhileOthersServe() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstream services' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.inspection", equalTo("UP"))
                .body("checks.find { it.name == 'upstream services' }.data.workforce", containsString("DOWN"))
                .body("checks.find { it.name == 'upstream services' }.data.action-plan", containsString("DOWN"));
    }
}
