package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import com.sun.net.httpserver.HttpServer;
import org.csip.testing.RefusingPort;
import org.junit.jupiter.api.Test;

class UpstreamOriginsTest {
    private static final ConnectException REFUSED = new ConnectException("Connection refused");

    @Test
    void replicasAreTakenInTurnAndASingleURLIsAlwaysTheOne() {
        UpstreamOrigins origins = new UpstreamOrigins(Map.of("inspection", "http://a:1, http://b:2",
                "workforce", "http://w:3"));
        assertThat(IntStream.range(0, 4).mapToObj(i -> origins.pick("inspection").getHost()).toList())
                .containsExactly("a", "b", "a", "b");
        assertThat(origins.pick("workforce")).isEqualTo(URI.create("http://w:3"));
        assertThatThrownBy(() -> origins.pick("nothing")).hasMessageContaining("csip.gateway.upstreams.nothing");
        assertThatThrownBy(() -> new UpstreamOrigins(Map.of("inspection", " , ")))
                .hasMessageContaining("csip.gateway.upstreams.inspection");
    }

    @Test
    void aReplicaThatIsNotReadyGetsNoRequestsUntilItIsAgainAndWhenNoneIsReadyAllAreTried() throws IOException {
        HttpServer ready = readyReplica();
        int dead = RefusingPort.port();
        try {
            int livePort = ready.getAddress().getPort();
            String live = "http://localhost:" + livePort;
            UpstreamOrigins origins = new UpstreamOrigins(Map.of("inspection", "http://localhost:" + dead + "," + live));
            origins.probe().values().forEach(byOrigin -> byOrigin.values().forEach(state -> state.join()));
            assertThat(IntStream.range(0, 6).mapToObj(i -> origins.pick("inspection").toString()).distinct())
                    .containsExactly(live);

            ready.stop(0);
            origins.probe().values().forEach(byOrigin -> byOrigin.values().forEach(state -> state.join()));
            assertThat(IntStream.range(0, 6).mapToObj(i -> origins.pick("inspection").getPort()).distinct())
                    .as("none ready: each is tried, so the caller gets the 503 naming the service")
                    .containsExactlyInAnyOrder(dead, livePort);
        } finally {
            ready.stop(0);
        }
    }

    @Test
    void aReplicaThatRefusedAConnectionIsSetAsideUntilItsProbeAnswersAgain() throws IOException {
        HttpServer ready = readyReplica();
        try {
            URI first = URI.create("http://localhost:" + ready.getAddress().getPort());
            URI second = URI.create(RefusingPort.url());
            UpstreamOrigins origins = new UpstreamOrigins(Map.of("inspection", first + "," + second));
            assertThat(List.of(origins.inTurn("inspection"), origins.inTurn("inspection")))
                    .as("the one whose turn it is first, then the other").containsExactly(List.of(first, second),
                            List.of(second, first));

            assertThat(origins.unreachable("inspection", first, REFUSED)).as("counted as ready until now").isTrue();
            assertThat(origins.unreachable("inspection", first, REFUSED)).as("already set aside").isFalse();
            assertThat(IntStream.range(0, 4).mapToObj(i -> origins.inTurn("inspection")).distinct())
                    .containsExactly(List.of(second));
            assertThat(origins.unreachable("inspection", URI.create("http://elsewhere:1"), REFUSED)).isFalse();
            UpstreamOrigins one = new UpstreamOrigins(Map.of("workforce", "http://workforce:8083"));
            assertThat(one.unreachable("workforce", URI.create("http://workforce:8083"), REFUSED))
                    .as("one address, as in Kubernetes: nothing to set aside").isFalse();
            assertThat(one.pick("workforce")).isEqualTo(URI.create("http://workforce:8083"));

            origins.probe().get("inspection").get(first).join();
            assertThat(IntStream.range(0, 4).mapToObj(i -> origins.pick("inspection")).distinct())
                    .as("its probe answered: back in turn").contains(first);
        } finally {
            ready.stop(0);
        }
    }

    /** A replica whose readiness probe answers 200. */
    private static HttpServer readyReplica() throws IOException {
        HttpServer ready = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        ready.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        ready.start();
        return ready;
    }
}
