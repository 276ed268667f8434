package org.csip.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
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
 * On the proxied routes: a replica that refuses connections (killed a moment ago, before the next readiness probe)
 * costs the callers nothing: each request goes on to a replica that accepts it, a write included, since nothing of it
 * was sent; the refusing one is then passed over. A replica that closes the connection under a request (killed while
 * answering it) costs a read nothing, asked again of the next replica, but a write is never sent twice. The readiness
 * probe is held off, so only what the requests meet can set a replica aside.
 */
@QuarkusTest
@TestProfile(UpstreamFailoverTest.OneReplicaGone.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class UpstreamFailoverTest {
    static final String GONE = DyingReplica.gone();
    static final DyingReplica DYING = new DyingReplica();
    static final LiveReplica LIVE = new LiveReplica();

    @Inject
    UpstreamOrigins origins;

    /** The action-plan-service's first replica is gone, the inspection-service's dying; the second of each live. */
    public static class OneReplicaGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csip.gateway.upstreams.action-plan", GONE + "," + LIVE.url(),
                    "csip.gateway.upstreams.inspection", DYING.url() + "," + LIVE.url(),
                    "csip.gateway.upstream-probe-interval", "1h");
        }
    }

    @Test
    void everyRequestReachesTheReplicaThatAcceptsItOnceAndTheRefusingOneIsPassedOver() {
        String editor = TestTokens.user("council", "plan-editor");
        for (int i = 1; i <= 6; i++) {
            given().auth().oauth2(editor).contentType("application/json").body("{\"title\": \"Plan " + i + "\"}")
                    .when().post("/api/plans")
                    .then().statusCode(200).body("replica", equalTo("live"));
            given().auth().oauth2(editor).when().get("/api/plans")
                    .then().statusCode(200).body("replica", equalTo("live"));
        }
        assertThat(LIVE.received("POST /api/plans")).as("each write reached the live replica once, whole")
                .containsExactly("POST /api/plans {\"title\": \"Plan 1\"}", "POST /api/plans {\"title\": \"Plan 2\"}",
                        "POST /api/plans {\"title\": \"Plan 3\"}", "POST /api/plans {\"title\": \"Plan 4\"}",
                        "POST /api/plans {\"title\": \"Plan 5\"}", "POST /api/plans {\"title\": \"Plan 6\"}");
        assertThat(origins.inTurn("action-plan")).as("the refusing replica is set aside until its probe answers")
                .containsExactly(URI.create(LIVE.url()));
    }

    @Test
    void aReadWhoseReplicaClosedTheConnectionIsAskedOfTheNextAndAWriteIsNeverSentTwice() {
        String editor = TestTokens.user("council", "inspection-editor");
        for (int i = 1; i <= 4; i++) {
            given().auth().oauth2(editor).when().get("/api/inspections/" + i)
                    .then().statusCode(200).body("replica", equalTo("live"));
        }
        List<Integer> writes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            writes.add(given().auth().oauth2(editor).contentType("application/json").body("{\"urn\": " + i + "}")
                    .when().post("/api/inspections").then().extract().statusCode());
        }
        assertThat(DYING.received("GET ")).as("reads that met the dying replica first").isPositive();
        assertThat(LIVE.received("GET /api/inspections/")).as("every read answered by the live replica").hasSize(4);
        long writesAtTheDying = DYING.received("POST ");
        assertThat(writesAtTheDying).as("writes that met the dying replica").isPositive();
        assertThat(writes.stream().filter(status -> status == 503).count())
                .as("each write the dying replica closed on is a 503, not sent again").isEqualTo(writesAtTheDying);
        assertThat(LIVE.received("POST /api/inspections")).hasSize((int) (4 - writesAtTheDying));
    }
}
