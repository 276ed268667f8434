package org.csip.benchmarks;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the dashboard as a browser would be: the gateway's redirect to Keycloak, its login form
 * posted, the code exchanged by the gateway for its session cookie; the client keeps the cookies, so each request it
 * sends is that person's, as a browser's are. Scenario 4 times the dashboard's landing page with it.
 */
final class DashboardSession {
    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private DashboardSession() {
    }

    /**
     * An HTTP client holding {@code username}'s dashboard session at {@code gatewayUrl}. It follows no redirect, so a
     * request the session no longer covers answers the redirect to the login page, not the login page's 200.
     */
    static HttpClient signIn(String gatewayUrl, String username, String password) {
        CookieHandler cookies = new LocalhostCookies();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Keycloak asks for the username first (organisations on: it finds the person's organisation), then for
            // the password: each step is its login form again, until it sends the browser back to the gateway.
            for (int step = 0; step < 3 && !page.uri().toString().startsWith(gatewayUrl); step++) {
                Matcher form = LOGIN_FORM.matcher(page.body());
                if (page.statusCode() != 200 || !form.find()) {
                    throw new IllegalStateException("Signing " + username + " in to the dashboard met no login form ("
                            + page.statusCode() + " at " + page.uri() + ")");
                }
                StringBuilder fields = new StringBuilder("credentialId=");
                if (page.body().contains("name=\"username\"")) {
                    fields.append("&username=").append(URLEncoder.encode(username, StandardCharsets.UTF_8));
                }
                if (page.body().contains("name=\"password\"")) {
                    fields.append("&password=").append(URLEncoder.encode(password, StandardCharsets.UTF_8));
                }
                page = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            if (page.statusCode() != 200 || !page.uri().toString().startsWith(gatewayUrl)) {
                throw new IllegalStateException("Signing " + username + " in to the dashboard ended with "
                        + page.statusCode() + " at " + page.uri() + ": " + feedback(page.body()));
            }
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new IllegalStateException("Signing " + username + " in to the dashboard failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Keycloak's page said (its alert), for the message when signing in fails. */
    private static String feedback(String page) {
        Matcher alert = Pattern.compile("kc-feedback-text\">([^<]*)<|id=\"input-error[^\"]*\"[^>]*>\\s*([^<]*)<")
                .matcher(page);
        return alert.find() ? (alert.group(1) != null ? alert.group(1) : alert.group(2)).strip()
                : page.substring(0, Math.min(300, page.length()));
    }

    /**
     * Cookies as a browser keeps them for {@code http://localhost}, which browsers count as a secure origin: Keycloak
     * marks its login cookies {@code Secure}, which Java's cookie manager would otherwise never send back over http.
     */
    private static final class LocalhostCookies extends CookieHandler {
        private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);
        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers.entrySet().stream().filter(header -> header.getKey() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, header -> "set-cookie".equalsIgnoreCase(header.getKey())
                            ? header.getValue().stream().map(value -> SECURE.matcher(value).replaceAll("")).toList()
                            : header.getValue())));
        }
    }
}
