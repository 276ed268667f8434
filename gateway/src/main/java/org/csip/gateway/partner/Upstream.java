package org.csip.gateway.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.csip.common.http.TraceParent;
import org.csip.dashboard.ServiceCalls;
import org.csip.gateway.config.GatewayConfig;
import org.csip.gateway.routing.GatewayProblems;
import org.csip.gateway.routing.ReplicaFailures;
import org.csip.gateway.routing.UpstreamOrigins;

/**
 * Calls a service on behalf of the caller for the partner endpoints and the dashboard, relaying their token: the
 * service checks it again. A service that does not answer in time is a 503 naming it, and its replicas are tried as on
 * the proxied routes.
 */
@ApplicationScoped
public class Upstream implements ServiceCalls {
    private final GatewayConfig config;
    private final UpstreamOrigins origins;
    private final HttpClient http;
    private final ObjectMapper json;

    public Upstream(GatewayConfig config, UpstreamOrigins origins, ObjectMapper json) {
        this.config = config;
        this.origins = origins;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.upstreamTimeout()).build();
    }

    @Override
    public Answer get(String service, String pathAndQuery, String authorization) {
        return send(service, pathAndQuery, HttpRequest.newBuilder().GET(), true, authorization);
    }

    @Override
    public Answer post(String service, String path, String body, String authorization) {
        return send(service, path, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)), false, authorization);
    }

    @Override
    public Download download(String service, String pathAndQuery, String accept, String authorization) {
        HttpResponse<byte[]> response = exchange(service, pathAndQuery, HttpRequest.newBuilder().GET(), true, accept,
                authorization, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers().firstValue("Content-Type"));
    }

    public ObjectMapper mapper() {
        return json;
    }

    private Answer send(String service, String pathAndQuery, HttpRequest.Builder request, boolean read,
                        String authorization) {
        HttpResponse<String> response = exchange(service, pathAndQuery, request, read, "application/json",
                authorization, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("X-Total-Count"),
                response.headers().firstValue("Content-Type"));
    }

    /**
     * Sends the request to the replicas of {@code service} in turn, as the proxied routes do: one that refuses the
     * connection is passed over (nothing was sent) and set aside until its probe answers; a read whose replica closed
     * the connection under it is asked once more; a write already sent, or a request that timed out, is a 503.
     */
    private <T> HttpResponse<T> exchange(String service, String pathAndQuery, HttpRequest.Builder request,
                                         boolean read, String accept, String authorization,
                                         HttpResponse.BodyHandler<T> body) {
        request.timeout(config.upstreamTimeout()).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String trace = TraceParent.current();
        if (trace != null) {
            request.header(TraceParent.HEADER, trace);
        }
        boolean askedAgain = false;
        while (true) {
            try {
                return toAReplica(service, pathAndQuery, request, body);
            } catch (IOException e) {
                if (askedAgain || !read || !ReplicaFailures.closedUnderIt(e)) {
                    throw GatewayProblems.unavailable(service);
                }
                ReplicaFailures.askingAgain(service, "GET", pathAndQuery, e);
                askedAgain = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw GatewayProblems.unavailable(service);
            }
        }
    }

    /** The answer of the first replica in turn that accepts the connection; the last refusal when none does. */
    private <T> HttpResponse<T> toAReplica(String service, String pathAndQuery, HttpRequest.Builder request,
                                           HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        IOException refused = null;
        for (URI origin : origins.inTurn(service)) {
            try {
                return http.send(request.uri(URI.create(origin.toString().replaceAll("/+$", "") + pathAndQuery))
                        .build(), body);
            } catch (IOException e) {
                if (!ReplicaFailures.refused(e)) {
                    throw e;
                }
                origins.unreachable(service, origin, e);
                refused = e;
            }
        }
        throw refused;
    }
}
