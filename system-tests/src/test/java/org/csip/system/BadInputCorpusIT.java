package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.csip.stack.LocalStack;
import org.csip.stack.PostgresLauncher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus ({@code hostile/bad-input.json}, issue 20) replayed through the gateway with real Keycloak
 * tokens of users who may make each change: no answer is a 5xx, nothing is stored in any service's database, every
 * answer is a 4xx problem+json, and a 400 names the field or parameter at fault. It prints what it saw.
 */
@ExtendWith(StackExtension.class)
class BadInputCorpusIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables written by jobs or by consuming other services' events, not by a request of this test. */
    private static final Set<String> NOT_STORED_BY_A_REQUEST = Set.of("flyway_schema_history",
            "messaging_schema_history", "outbox_sequence", "processed_event", "review_due_notice",
            "action_overdue_notice", "metrics_snapshot_notice", "known_inspection", "known_finding");
    /**
     * Rows of these tables that scheduled jobs and event consumers write on their own time (an overdue action, a
     * review falling due, a monthly snapshot, a measure fed by it) are not a request's doing; a measure actual a
     * request stored would show in measure_actual without an event id.
     */
    private static final Map<String, String> ONLY_WHAT_A_REQUEST_WRITES = Map.of(
            "outbox_event", OwnTimeEvents.LEFT_OUT, "measure_actual", "event_id IS NULL");
    private static final List<String> DATABASES = List.of("inspections", "action_plans", "workforce");
    private static final String MARK = "\"__csip_corpus_value__\"";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static LocalStack stack;
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, String> RECORDS = new HashMap<>();

    @BeforeAll
    static void recordsToAimAt() {
        stack = StackExtension.stack();
        for (String user : List.of(TestPlan.EDITOR, "police.lead", "police.workforce")) {
            TOKENS.put(user, Keycloak.userToken(stack, user));
        }
        TestPlan plan = TestPlan.create(stack, "Bad-input corpus plan");
        RECORDS.put("plan", plan.planId());
        RECORDS.put("theme", plan.themeId());
        RECORDS.put("inspection", plan.inspectionId());
        RECORDS.put("councilAction", plan.councilAction());
        RECORDS.put("policeAction", plan.policeAction());
        RECORDS.put("today", LocalDate.now().toString());
        RECORDS.put("yearAgo", LocalDate.now().minusYears(1).toString());
        RECORDS.put("nextMonth", LocalDate.now().plusMonths(1).toString());
        RECORDS.put("team", as("police.workforce").body("""
                {"name": "Corpus public protection unit", "serviceArea": "CHILD_PROTECTION", "establishmentFte": 4,
                 "laCode": "340"}
                """).post(url("/api/teams")).then().statusCode(201).extract().path("id"));
        // A statutory direction: a council has one open intervention of a type, and other tests give Knowsley (340)
        // an improvement notice.
        RECORDS.put("intervention", as(TestPlan.EDITOR).body("""
                {"laCode": "340", "type": "STATUTORY_DIRECTION", "startDate": "%s", "reviewCadenceWeeks": 12}
                """.formatted(LocalDate.now().minusYears(1))).post(url("/api/interventions")).then().statusCode(201)
                .extract().path("id"));
        Response action = as(TestPlan.EDITOR).get(url("/api/actions/" + plan.councilAction()));
        RECORDS.put("councilActionVersion", action.header("ETag").replace("\"", ""));
        String body = plan.actionBody("COUNCIL", action.path("title"));
        RECORDS.put("councilActionBody", body);
        RECORDS.put("councilActionBodyFarDue", body.replaceAll("\"dueDate\": \"[^\"]+\"", "\"dueDate\": \"2099-01-01\""));
        RECORDS.put("deep", "{\"title\": " + "[".repeat(100) + "]".repeat(100) + "}");
        RECORDS.put("1MB", "x".repeat(1_000_000));
        RECORDS.put("20k", "y".repeat(20_000));
        RECORDS.put("longName", "r\u0000" + "e".repeat(300) + ".pdf");
    }

    @Test
    void noBadRequestReachesA5xxOrStoresAnythingAndEachIsAProblemNamingItsField() throws Exception {
        JsonNode corpus;
        try (InputStream in = BadInputCorpusIT.class.getResourceAsStream("/hostile/bad-input.json")) {
            corpus = JSON.readTree(in);
        }
        List<Replay> replays = new ArrayList<>();
        for (JsonNode endpoint : corpus.path("endpoints")) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = endpoint.path("fields").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                for (String family : field.getValue().asText().split("\\+")) {
                    assertThat(corpus.path("families").has(family)).as("family " + family).isTrue();
                    for (JsonNode value : corpus.path("families").path(family)) {
                        ObjectNode body = endpoint.path("body").deepCopy();
                        body.put(field.getKey(), MARK.replace("\"", ""));
                        String text = fill(JSON.writeValueAsString(body)).replace(MARK, fill(value.asText()));
                        replays.add(new Replay(endpoint.path("name").asText() + " / " + field.getKey() + " = "
                                + abbreviate(value.asText()), endpoint.path("as").asText(),
                                endpoint.path("method").asText(), fill(endpoint.path("path").asText()),
                                "application/json", text.getBytes(StandardCharsets.UTF_8), null,
                                Set.of(field.getKey())));
                    }
                }
            }
        }
        for (JsonNode request : corpus.path("requests")) {
            byte[] body = request.has("bodyBase64") ? Base64.getDecoder().decode(request.path("bodyBase64").asText())
                    : fill(request.path("body").asText()).getBytes(StandardCharsets.UTF_8);
            replays.add(new Replay(request.path("name").asText(), request.path("as").asText(),
                    request.path("method").asText(), fill(request.path("path").asText()),
                    request.has("contentType") ? request.path("contentType").asText() : "application/json", body,
                    request.has("ifMatch") ? fill(request.path("ifMatch").asText()) : null,
                    request.has("field") ? Set.of(request.path("field").asText()) : Set.of()));
        }
        for (JsonNode query : corpus.path("queries")) {
            for (JsonNode parameters : query.path("parameters")) {
                Set<String> names = new java.util.HashSet<>();
                for (String pair : parameters.asText().split("&")) {
                    names.add(URLDecoder.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8));
                }
                replays.add(new Replay("GET " + query.path("path").asText() + "?" + parameters.asText(),
                        query.path("as").asText(), "GET", query.path("path").asText() + "?" + parameters.asText(),
                        null, null, null, names));
            }
        }

        // Each endpoint's body as the corpus gives it, unchanged, is well formed (accepted, or refused only for the
        // state of what it changes): so each 400 below is the one field's doing, not a body that was wrong already.
        for (JsonNode endpoint : corpus.path("endpoints")) {
            Response answer = as(endpoint.path("as").asText()).body(fill(JSON.writeValueAsString(endpoint.path("body"))))
                    .when().request(endpoint.path("method").asText(), url(fill(endpoint.path("path").asText())));
            // (A finding on an inspection not yet published is well formed, refused for the inspection's state: 409.)
            assertThat(answer.statusCode() / 100 == 2 || answer.statusCode() == 409)
                    .as(endpoint.path("name").asText() + ": " + answer.statusCode() + " " + answer.asString()).isTrue();
            if (answer.statusCode() == 201 && endpoint.path("path").asText().startsWith("/api/")) {
                // A service's Location names the gateway, where the caller can follow it.
                assertThat(answer.header("Location")).as(endpoint.path("name").asText())
                        .startsWith(stack.gatewayUrl() + "/api/");
            }
        }

        Map<String, Long> storedBefore = storedRows();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int serverErrors = 0;
        int notProblems = 0;
        int unnamed = 0;
        for (Replay replay : replays) {
            Answer answer = replay.send();
            int status = answer.status();
            byStatus.merge(status, 1, Integer::sum);
            String type = answer.contentType();
            if (status >= 500) {
                serverErrors++;
            }
            if (status < 400 || status >= 500) {
                wrong.add(replay.name() + ": " + status + " " + abbreviate(answer.body()));
                continue;
            }
            if (!type.startsWith("application/problem+json")) {
                notProblems++;
                wrong.add(replay.name() + ": " + status + " as " + type);
                continue;
            }
            if (status == 400 && !replay.fields().isEmpty()) {
                List<String> named = JsonPath.from(answer.body()).getList("errors.field", String.class);
                if (named == null || named.stream().noneMatch(field -> replay.fields().stream().anyMatch(expected ->
                        field.equals(expected) || field.startsWith(expected + "[") || field.startsWith(expected + ".")))) {
                    unnamed++;
                    wrong.add(replay.name() + ": 400 naming " + named + ", not " + replay.fields() + " - "
                            + abbreviate(answer.body()));
                }
            }
        }
        Map<String, Long> storedAfter = storedRows();
        Map<String, Long> grew = new TreeMap<>();
        storedAfter.forEach((table, rows) -> {
            long added = rows - storedBefore.getOrDefault(table, 0L);
            if (added != 0) {
                grew.put(table, added);
            }
        });
        long stored = grew.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Bad-input corpus through the gateway: %d requests; answers by status %s; 5xx %d, not"
                        + " problem+json %d, 400 not naming the field %d, rows stored %d%n", replays.size(), byStatus,
                serverErrors, notProblems, unnamed, stored);
        wrong.forEach(line -> System.out.println("  WRONG " + line));
        assertThat(replays.size()).isGreaterThanOrEqualTo(600);
        assertThat(wrong).isEmpty();
        assertThat(grew).as("rows stored by refused requests, by table").isEmpty();
    }

    /** One request of the corpus, and the names of which one a 400 must name (any of them). */
    private record Replay(String name, String as, String method, String path, String contentType, byte[] body,
                          String ifMatch, Set<String> fields) {
        /** Sent byte for byte as written (a plain HTTP client: no encoder second-guessing a broken body). */
        Answer send() throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Bearer " + TOKENS.get(as))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null && !contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }

    /** What the gateway answered. */
    private record Answer(int status, String contentType, String body) {
    }

    private static String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> record : RECORDS.entrySet()) {
            filled = filled.replace("${" + record.getKey() + "}", record.getValue());
        }
        assertThat(filled).as("a ${...} the test does not make").doesNotContain("${");
        return filled;
    }

    /** How many rows each table a request could write holds, in all three services' databases. */
    private static Map<String, Long> storedRows() throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String database : DATABASES) {
            try (var connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database),
                    PostgresLauncher.USER, PostgresLauncher.PASSWORD);
                 var tables = connection.createStatement().executeQuery("SELECT table_name FROM"
                         + " information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
                for (String table : names) {
                    if (!NOT_STORED_BY_A_REQUEST.contains(table)) {
                        String where = ONLY_WHAT_A_REQUEST_WRITES.containsKey(table)
                                ? " WHERE " + ONLY_WHAT_A_REQUEST_WRITES.get(table) : "";
                        try (var count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table
                                + where)) {
                            count.next();
                            rows.put(database + "." + table, count.getLong(1));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.get(user)).contentType("application/json");
    }

    private static String url(String path) {
        return stack.gatewayUrl() + path;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
    }
}
