package org.csip.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.csip.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The replicas of each service behind the gateway ({@code csip.gateway.upstreams.<service>}: one base URL, or several
 * separated by commas) and which of them are ready. Requests go round the ready ones; a replica that stops answering
 * its readiness probe (killed, restarting, or not ready yet), or that refuses a connection, gets no more requests until
 * the probe finds it ready again. When none is ready they are all tried, so the caller gets the usual 503 naming the
 * service rather than a guess. In Kubernetes each service is one address (its Service does this), so the list has one
 * entry.
 */
@ApplicationScoped
public class UpstreamOrigins {
    private static final Logger LOG = Logger.getLogger(UpstreamOrigins.class);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Inject
    public UpstreamOrigins(GatewayConfig config) {
        this(config.upstreams());
    }

    UpstreamOrigins(Map<String, String> upstreams) {
        upstreams.forEach((service, bases) -> pools.put(service, new Pool(parse(service, bases))));
    }

    private static List<URI> parse(String service, String bases) {
        List<URI> origins = Arrays.stream(bases.split(",")).map(String::trim).filter(b -> !b.isEmpty())
                .map(URI::create).toList();
        if (origins.isEmpty()) {
            throw new IllegalStateException("csip.gateway.upstreams." + service + " names no URL");
        }
        return origins;
    }

    /** The services the gateway knows. */
    public List<String> services() {
        return List.copyOf(pools.keySet());
    }

    /** The replica the next request to {@code service} goes to. */
    public URI pick(String service) {
        return inTurn(service).get(0);
    }

    /**
     * The replicas to try, in order, for the next request to {@code service}: the one whose turn it is first, then
     * the other ready ones (a request that cannot connect to one goes to the next); when none is ready, all of them.
     */
    public List<URI> inTurn(String service) {
        return pool(service).inTurn();
    }

    /**
     * A replica of {@code service} refused a connection (or did not accept one in time): it gets no more requests
     * until its readiness probe answers again. True (and logged) when it had counted as ready until now. A service
     * with one address (as in Kubernetes, where its Service chooses the pod) has nothing to set aside.
     */
    public boolean unreachable(String service, URI origin, Throwable why) {
        Pool pool = pool(service);
        int replica = pool.origins.indexOf(origin);
        boolean wasReady = pool.origins.size() > 1 && replica >= 0 && pool.ready.getAndSet(replica, 0) == 1;
        if (wasReady) {
            LOG.warnf("The %s service's replica %s refused a connection (%s): no requests go to it until its"
                    + " readiness probe answers", service, origin, why.toString());
        }
        return wasReady;
    }

    private Pool pool(String service) {
        Pool pool = pools.get(service);
        if (pool == null) {
            throw new IllegalStateException("No csip.gateway.upstreams." + service + " configured");
        }
        return pool;
    }

    /** Asks every replica whether it is ready now; what each answered, by service and base URL. */
    public Map<String, Map<URI, CompletableFuture<String>>> probe() {
        Map<String, Map<URI, CompletableFuture<String>>> answers = new LinkedHashMap<>();
        pools.forEach((service, pool) -> {
            Map<URI, CompletableFuture<String>> byOrigin = new LinkedHashMap<>();
            for (int i = 0; i < pool.origins.size(); i++) {
                int replica = i;
                URI origin = pool.origins.get(i);
                byOrigin.put(origin, probe(origin).whenComplete((state, failure) ->
                        pool.ready.set(replica, "UP".equals(state) ? 1 : 0)));
            }
            answers.put(service, byOrigin);
        });
        return answers;
    }

    /** Keeps the ready flags fresh where there is a choice to make (a service with more than one replica). */
    void probeReplicas(@Observes StartupEvent started, Vertx vertx, GatewayConfig config) {
        if (pools.values().stream().anyMatch(pool -> pool.origins.size() > 1)) {
            // The probes are asynchronous: the timer only starts them, so the event loop never waits on one.
            vertx.setPeriodic(config.upstreamProbeInterval().toMillis(), timer -> probe());
        }
    }

    private CompletableFuture<String> probe(URI origin) {
        HttpRequest request = HttpRequest.newBuilder(origin.resolve("/q/health/ready")).timeout(PROBE_TIMEOUT)
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? "UP" : "DOWN (" + answer.statusCode() + ")")
                .exceptionally(failure -> "DOWN (" + (failure.getCause() == null ? failure : failure.getCause())
                        .getClass().getSimpleName() + ")");
    }

    /** One service's replicas, taken in turn. */
    private static final class Pool {
        final List<URI> origins;
        /** 1 when the replica's last probe said ready; until a probe says otherwise a replica counts as ready. */
        final AtomicIntegerArray ready;
        final AtomicInteger turn = new AtomicInteger();

        Pool(List<URI> origins) {
            this.origins = origins;
            this.ready = new AtomicIntegerArray(origins.size());
            for (int i = 0; i < origins.size(); i++) {
                ready.set(i, 1);
            }
        }

        List<URI> inTurn() {
            int size = origins.size();
            if (size == 1) {
                return origins;
            }
            int start = Math.floorMod(turn.getAndIncrement(), size);
            List<URI> readyOnes = new ArrayList<>(size);
            List<URI> all = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int replica = (start + i) % size;
                if (ready.get(replica) == 1) {
                    readyOnes.add(origins.get(replica));
                }
                all.add(origins.get(replica));
            }
            return readyOnes.isEmpty() ? all : readyOnes;
        }
    }
}
