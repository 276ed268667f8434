package org.csip.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls CSIP's public API as a demo user would: a token from Keycloak (password grant on the gateway
 * client), then JSON through the gateway. Demo data goes in this way, so it passes every rule and sends
 * every event a real user's change would.
 */
public final class GatewayClient implements ApiClient {
    private static final int MAX_RETRIES = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gatewayUrl;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    private GatewayClient(String gatewayUrl, String token) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
    }

    /** Signs in as a demo user (password {@code demo}). */
    public static GatewayClient signIn(String gatewayUrl, String issuer, String username) {
        return signIn(gatewayUrl, issuer, username, "demo");
    }

    /** As {@link #signIn(String, String, String)}, for a person whose password is not the demo's. */
    public static GatewayClient signIn(String gatewayUrl, String issuer, String username, String password) {
        String form = "grant_type=password&client_id=gateway&client_secret=gateway-dev-secret&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer = new GatewayClient(gatewayUrl, null).send(request, 200);
        return new GatewayClient(gatewayUrl, answer.path("access_token").asText());
    }

    @Override
    public JsonNode get(String path) {
        return send(builder(path).GET().build(), 200);
    }

    @Override
    public JsonNode post(String path, Object body, int expectedStatus) {
        return send(builder(path).header("Content-Type", "application/json").POST(json(path, body)).build(),
                expectedStatus);
    }

    /** A status and its body, for callers that handle refusals themselves (the bulk report import). */
    public record Answer(int status, JsonNode body) {
    }

    /** The access token this client sends (the benchmarks send it from their own load tool). */
    public String token() {
        return token;
    }

    /** Signed in already: a token from elsewhere (e.g. {@code CSIP_TOKEN} for the bulk import against any CSIP). */
    public static GatewayClient withToken(String gatewayUrl, String token) {
        return new GatewayClient(gatewayUrl, token);
    }

    /** POSTs one file as the multipart part {@code file}, as a browser's upload form does. */
    public JsonNode postFile(String path, String fileName, byte[] content, String contentType, int expectedStatus) {
        return send(fileRequest(path, fileName, content, contentType), expectedStatus);
    }

    /** POSTs one file as the multipart part {@code file}, whatever the answer. */
    public Answer postFile(String path, String fileName, byte[] content, String contentType) {
        return exchange(fileRequest(path, fileName, content, contentType));
    }

    private HttpRequest fileRequest(String path, String fileName, byte[] content, String contentType) {
        String boundary = "csip-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** POSTs JSON, whatever the answer. */
    public Answer postForAnswer(String path, Object body) {
        return exchange(builder(path).header("Content-Type", "application/json").POST(json(path, body)).build());
    }

    /** PUTs JSON with {@code If-Match}, as every CSIP update needs. */
    public JsonNode put(String path, String ifMatch, Object body, int expectedStatus) {
        return send(builder(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(json(path, body)).build(), expectedStatus);
    }

    private HttpRequest.BodyPublisher json(String path, Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the body for " + path, e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        Answer answer = exchange(request, expectedStatus != 429);
        if (answer.status() != expectedStatus) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.status()
                    + ": " + answer.body());
        }
        return answer.body();
    }

    private Answer exchange(HttpRequest request) {
        return exchange(request, true);
    }

    /** Sends, waiting out the gateway's rate limit as long as it says (a few times) unless a 429 is the point. */
    private Answer exchange(HttpRequest request, boolean waitWhenLimited) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; response.statusCode() == 429 && waitWhenLimited && retry < MAX_RETRIES; retry++) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Duration.ofSeconds(Math.min(seconds, 60)).toMillis());
                response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return new Answer(response.statusCode(), body(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + request.uri(), e);
        }
    }

    /** JSON as JSON; anything else (an HTML error page) as text, so a refusal is always reported, never lost. */
    private JsonNode body(String text) {
        if (text.isEmpty()) {
            return json.nullNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
