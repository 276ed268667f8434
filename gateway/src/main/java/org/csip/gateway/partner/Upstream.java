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
import org.csip.gateway.routing.UpstreamOrigins;

/**
 * Calls a service on behalf of the caller for the partner endpoints and the dashboard, relaying their token: the
 * service checks it again. A service that does not answer in time is a 503 naming it, as on the proxied routes.
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
        return send(service, HttpRequest.newBuilder(uri(service, pathAndQuery)).GET(), authorization);
    }

    @Override
    public Answer post(String service, String path, String body, String authorization) {
        return send(service, HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)), authorization);
    }

    @Override
    public Download download(String service, String pathAndQuery, String accept, String authorization) {
        HttpResponse<byte[]> response = exchange(service, HttpRequest.newBuilder(uri(service, pathAndQuery)).GET(),
                accept, authorization, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers().firstValue("Content-Type"));
    }

    public ObjectMapper mapper() {
        return json;
    }

    private Answer send(String service, HttpRequest.Builder request, String authorization) {
        HttpResponse<String> response = exchange(service, request, "application/json", authorization,
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("X-Total-Count"),
                response.headers().firstValue("Content-Type"));
    }

    private <T> HttpResponse<T> exchange(String service, HttpRequest.Builder request, String accept,
                                         String authorization, HttpResponse.BodyHandler<T> body) {
        request.timeout(config.upstreamTimeout()).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String trace = TraceParent.current();
        if (trace != null) {
            request.header(TraceParent.HEADER, trace);
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw GatewayProblems.unavailable(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GatewayProblems.unavailable(service);
        }
    }

    private URI uri(String service, String pathAndQuery) {
        return URI.create(origins.pick(service).toString().replaceAll("/+$", "") + pathAndQuery);
    }
}
