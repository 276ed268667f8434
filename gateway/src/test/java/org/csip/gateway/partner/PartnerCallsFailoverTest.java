package org.csip.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csip.gateway.DyingReplica;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.gateway.LiveReplica;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own calls to the services (the partner endpoints, the dashboard) treat replicas as the proxied routes
 * do: a refusing replica is passed over, a read whose replica closed the connection under it is asked of the next,
 * and a write is never sent twice.
 */
@QuarkusTest
@TestProfile(PartnerCallsFailoverTest.ReplicasInTrouble.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class PartnerCallsFailoverTest {
    static final String GONE = DyingReplica.gone();
    static final DyingReplica DYING = new DyingReplica();
    static final LiveReplica LIVE = new LiveReplica();

    /** The workforce-service's first replica is gone, the action-plan-service's dying; the second of each live. */
    public static class ReplicasInTrouble implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.workforce", GONE + "," + LIVE.url(),
                    "csip.gateway.upstreams.action-plan", DYING.url() + "," + LIVE.url(),
                    "csip.gateway.upstream-probe-interval", "1h");
        }
    }

    @Test
    void aPartnersReadsAreAnsweredByTheReplicasThatCanAndItsWritesAreNeverSentTwice() {
        String police = TestTokens.user("police", "viewer", "action-owner");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(police).when().get("/partners/police/workforce/teams")
                    .then().statusCode(200).body("replica", equalTo("live"));
            given().auth().oauth2(police).when().get("/partners/police/actions")
                    .then().statusCode(200).body("replica", equalTo("live"));
        }
        assertThat(LIVE.received("GET /api/teams")).as("every workforce read, past the refusing replica").hasSize(4);
        assertThat(DYING.received("GET /api/actions")).as("action reads that met the dying replica").isPositive();
        assertThat(LIVE.received("GET /api/actions")).as("every action read answered by the live one").hasSize(4);

        List<Integer> reports = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            reports.add(given().auth().oauth2(police).contentType("application/json")
                    .body("{\"narrative\": \"Report " + i + "\"}").when().post("/partners/police/actions/police-1/updates")
                    .then().extract().statusCode());
        }
        long reportsAtTheDying = DYING.received("POST ");
        assertThat(reportsAtTheDying).as("progress reports that met the dying replica").isPositive();
        assertThat(reports.stream().filter(status -> status == 503).count())
                .as("each report the dying replica closed on is a 503, not sent again").isEqualTo(reportsAtTheDying);
        assertThat(LIVE.received("POST /api/actions/police-1/updates")).hasSize((int) (4 - reportsAtTheDying));
    }
}
