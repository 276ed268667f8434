package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csip.local.demo.DemoLogins;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.csip.testing.SseStream;
import org.csip.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/architecture.md §5 against the running system: every route of the gateway (each service's API and each partner
 * door) × every kind of caller with a real Keycloak token — a user of each organisation with each single role, the
 * demo users with their several roles, the overseers, each partner's feed client — and tokens that must never pass
 * (none, expired, signed by another key, tampered), × the council: the records are Knowsley's (340), and the callers
 * are of Knowsley itself, of another council (St Helens), of the force and board covering Knowsley (Merseyside Police,
 * Cheshire and Merseyside ICB), of a force that does not (Cheshire Constabulary, made here as an administrator adds
 * one) and overseers of Knowsley or not. Who passes is written out by hand from the rights table and each
 * organisation's councils; a caller who passes gets the route's 2xx, doing the real thing on records this test owns
 * (a Knowsley plan, a police team in Knowsley), so the answer proves the gateway and the service both let them
 * through; one who does not cover Knowsley gets 403 on every route about it.
 */
@ExtendWith(StackExtension.class)
class SecurityMatrixIT {
    private static final List<String> AGENCIES = List.of("council", "police", "health");
    /** Where the records are: Knowsley. */
    private static final String HERE = TestPlan.LA_CODE;
    private static final List<String> MERSEYSIDE = List.of("340", "341", "342", "343", "344");
    /**
     * Each group of single-role callers: its organisation (a demo one, or one this test adds), the organisation's kind,
     * and the councils it covers, written out here as the realm file says them.
     */
    private static final Map<String, Group> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("council", new Group("st-helens", "council", Set.of("342")));
        GROUPS.put("knowsley", new Group("knowsley", "council", Set.of("340")));
        GROUPS.put("police", new Group("merseyside-police", "police", Set.copyOf(MERSEYSIDE)));
        GROUPS.put("health", new Group("cheshire-merseyside-icb", "health",
                Set.of("340", "341", "342", "343", "344", "876", "877", "895", "896")));
        GROUPS.put("cheshire-police", new Group("cheshire-constabulary", "police", Set.of("876", "877", "895", "896")));
    }

    /** An organisation single-role callers are made members of. */
    record Group(String organisation, String kind, Set<String> councils) {
    }

    /** A caller: its token, the rights-table names whose rights are its own ("police:viewer"), its councils. */
    record Caller(String token, Set<String> rights, Set<String> councils) {
    }
    private static final List<String> ROLES = List.of("viewer", "action-owner", "plan-editor", "inspection-editor",
            "workforce-editor");
    private static final List<String> OVERSEERS = List.of("board-member", "improvement-adviser");

    /**
     * The callers by name: single-role ones ("police:action-owner", "cheshire-police:viewer", "board-member",
     * "police-feed") and the demo users ("director"), each with the single-role rights together theirs.
     */
    private static final Map<String, Caller> CALLERS = new LinkedHashMap<>();
    private static final Map<String, String> DEMO_TOKENS = new LinkedHashMap<>();
    /** Tokens no route may accept. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    private static LocalStack stack;
    private static TestPlan plan;
    private static String policeTeam;
    private static String policeVacancy;
    private static String intervention;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeAll
    static void callersAndRecords() {
        stack = StackExtension.stack();
        KeycloakAdmin admin = KeycloakAdmin.of(stack);
        // Public clients for the password grant with the gateway's scopes: one as a login's, one whose tokens live 5 s.
        admin.createPasswordClient("matrix", 900);
        admin.createPasswordClient("short-lived", 5);
        // A force outside Knowsley's area, added as an administrator adds one: an organisation with its councils.
        Group cheshire = GROUPS.get("cheshire-police");
        admin.createOrganisation(cheshire.organisation(), "Cheshire Constabulary", cheshire.kind(),
                List.copyOf(new java.util.TreeSet<>(cheshire.councils())));
        for (Map.Entry<String, Group> group : GROUPS.entrySet()) {
            for (String role : ROLES) {
                String username = "matrix." + group.getKey() + "." + role;
                admin.createUser(username, group.getValue().organisation(), List.of(role));
                String token = admin.token("matrix", username);
                // As a real login's: the organisation with its kind and councils, the one role.
                JsonPath claims = claims(token);
                String organisation = "organization.'" + group.getValue().organisation() + "'";
                assertThat(claims.getMap("organization")).as(claims.prettify()).hasSize(1);
                assertThat(claims.getList(organisation + ".kind")).containsExactly(group.getValue().kind());
                assertThat(claims.<String>getList(organisation + ".councils"))
                        .containsExactlyInAnyOrderElementsOf(group.getValue().councils());
                assertThat(claims.getList("realm_access.roles")).contains(role)
                        .doesNotContainAnyElementsOf(ROLES.stream().filter(r -> !r.equals(role)).toList());
                CALLERS.put(group.getKey() + ":" + role, new Caller(token, Set.of(group.getValue().kind() + ":" + role),
                        group.getValue().councils()));
            }
        }
        for (DemoLogins.Login login : DemoLogins.fromRealmFile().logins()) {
            Set<String> as = login.agency().equals("-") ? new HashSet<>(login.roles())
                    : login.roles().stream().map(role -> login.agency() + ":" + role).collect(Collectors.toSet());
            String token = Keycloak.userToken(stack, login.username());
            String name = login.agency().equals("-") && as.size() == 1 ? as.iterator().next() : login.username();
            CALLERS.put(name, new Caller(token, as, Set.copyOf(login.councils())));
            DEMO_TOKENS.put(login.username(), token);
        }
        CALLERS.put("council-feed", new Caller(Keycloak.feedToken(stack, "council"), Set.of("council-feed"),
                Set.of("342")));
        CALLERS.put("police-feed", new Caller(Keycloak.feedToken(stack, "police"), Set.of("police-feed"),
                Set.copyOf(MERSEYSIDE)));
        CALLERS.put("health-feed", new Caller(Keycloak.feedToken(stack, "health"), Set.of("health-feed"),
                GROUPS.get("health").councils()));
        // 5 organisations x 5 roles, the demo's people (the two overseers among them), 3 feed clients.
        assertThat(CALLERS).hasSize(GROUPS.size() * ROLES.size() + DemoLogins.fromRealmFile().logins().size()
                + AGENCIES.size());

        REFUSED.put("no token", null);
        REFUSED.put("expired token", expiredToken(admin));
        REFUSED.put("token signed by another key", TestTokens.resignedByOtherKey(DEMO_TOKENS.get("director")));
        REFUSED.put("the director's token from another client (admin-cli)", Keycloak.otherClientToken(stack, "director"));
        REFUSED.put("the director's ID token", Keycloak.idToken(stack, "director"));
        REFUSED.put("police token claiming the council", TestTokens.withClaim(DEMO_TOKENS.get("police.lead"),
                "organization", List.of("council")));

        plan = TestPlan.create(stack, "Security matrix plan");
        String director = DEMO_TOKENS.get(TestPlan.EDITOR);
        intervention = as(director).body("""
                        {"laCode": "340", "type": "IMPROVEMENT_NOTICE", "startDate": "%s", "reviewCadenceWeeks": 12}
                        """.formatted(LocalDate.now().minusYears(2)))
                .post(url("/api/interventions")).then().statusCode(201).extract().path("id");
        String policeWorkforce = DEMO_TOKENS.get("police.workforce");
        policeTeam = as(policeWorkforce).body("""
                        {"name": "Matrix public protection unit", "serviceArea": "CHILD_PROTECTION", "establishmentFte": 4,
                         "laCode": "340"}
                        """).post(url("/api/teams")).then().statusCode(201).extract().path("id");
        policeVacancy = newVacancy();
    }

    /** A real token that Keycloak issued for the director, checked to pass while fresh, then left to expire. */
    private static String expiredToken(KeycloakAdmin admin) {
        String token = given().formParam("grant_type", "password").formParam("client_id", "short-lived")
                .formParam("username", "director").formParam("password", "demo")
                .post(stack.issuer() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        long expiresAt = claims(token).getLong("exp");
        given().auth().oauth2(token).get(url("/api/plans")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().getEpochSecond() > expiresAt + 1);
        return token;
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    // -- who passes, written out from docs/architecture.md §5 -------------------------------------------------------

    private static Set<String> of(String agency, String... roles) {
        return Stream.of(roles).map(role -> agency + ":" + role).collect(Collectors.toSet());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /** Anyone in the partnership who reads plans and inspections: not workforce editors acting only as such. */
    private static final Set<String> READERS = union(of("council", "viewer", "action-owner", "plan-editor",
                    "inspection-editor"), of("police", "viewer", "action-owner", "plan-editor", "inspection-editor"),
            of("health", "viewer", "action-owner", "plan-editor", "inspection-editor"),
            Set.of("board-member", "improvement-adviser", "council-feed", "police-feed", "health-feed"));
    private static final Set<String> EVERYONE = union(of("council", ROLES.toArray(String[]::new)),
            of("police", ROLES.toArray(String[]::new)), of("health", ROLES.toArray(String[]::new)),
            Set.of("board-member", "improvement-adviser", "council-feed", "police-feed", "health-feed"));
    private static final Set<String> INSPECTION_EDITORS = of("council", "inspection-editor");
    private static final Set<String> PLAN_EDITORS = of("council", "plan-editor");
    private static final Set<String> BOARD = union(Set.of("board-member"), PLAN_EDITORS);
    private static final Set<String> WORKFORCE_EDITORS = union(of("council", "workforce-editor"),
            of("police", "workforce-editor"), of("health", "workforce-editor"));
    private static final Set<String> POLICE_WORKFORCE_EDITORS = of("police", "workforce-editor");
    /** Police workforce detail: the police's own readers of it, and the council's plan editors, who see all. */
    private static final Set<String> POLICE_WORKFORCE_READERS = union(of("police", "viewer", "plan-editor",
            "workforce-editor"), Set.of("police-feed"), PLAN_EDITORS);
    private static final Set<String> STATISTICS_IMPORTERS = of("council", "workforce-editor", "plan-editor");

    private static Set<String> progressReporters(String agency) {
        return union(PLAN_EDITORS, of(agency, "action-owner"));
    }

    /** Everyone of the agency who reads plans (its partner door and summary). */
    private static Set<String> partnerReaders(String agency) {
        return union(of(agency, "viewer", "action-owner", "plan-editor", "inspection-editor"), Set.of(agency + "-feed"));
    }

    private static Set<String> partnerWorkforceReaders(String agency) {
        return union(of(agency, "viewer", "plan-editor", "workforce-editor"), Set.of(agency + "-feed"));
    }

    private static Set<String> wholeAgency(String agency) {
        return union(of(agency, ROLES.toArray(String[]::new)), Set.of(agency + "-feed"));
    }

    // -- the routes ----------------------------------------------------------------------------------------------

    /** What is sent: a path with its query, a JSON body (or null), and an If-Match (or null). */
    record Call(String path, String body, String ifMatch, String contentType) {
        static Call to(String path) {
            return new Call(path, null, null, "application/json");
        }

        Call with(String json) {
            return new Call(path, json, ifMatch, contentType);
        }
    }

    /**
     * A route, who passes and with what status. {@code call} is asked for each case, told whether the caller is
     * expected to pass, so a change that can happen only once (publishing, withdrawing) is made on a fresh record.
     */
    record Route(String method, String name, Set<String> passes, int success, Function<Boolean, Call> call,
                 boolean aboutKnowsley) {
        Route(String method, String name, Set<String> passes, int success, Function<Boolean, Call> call) {
            this(method, name, passes, success, call, true);
        }

        /** A route about no council's records (the register, the frameworks, the DfE's published statistics). */
        Route national() {
            return new Route(method, name, passes, success, call, false);
        }

        /** Whether {@code caller} passes: the rights table lets one of its rights through, and it covers Knowsley. */
        boolean lets(Caller caller) {
            return caller.rights().stream().anyMatch(passes::contains)
                    && (!aboutKnowsley || caller.councils().contains(HERE));
        }
    }

    private static Route get(String path, Set<String> passes) {
        return new Route("GET", path, passes, 200, pass -> Call.to(path));
    }

    private static Route post(String path, Set<String> passes, int success, Supplier<String> body) {
        return new Route("POST", path, passes, success, pass -> Call.to(path).with(body.get()));
    }

    /** A change that can be made once: passing callers each get a fresh target; the others share one. */
    private static Route once(String method, String name, Set<String> passes, int success,
                              Supplier<String> freshPath, Supplier<String> body) {
        String[] shared = new String[1];
        return new Route(method, name, passes, success, pass -> {
            String path;
            if (pass) {
                path = freshPath.get();
            } else {
                if (shared[0] == null) {
                    shared[0] = freshPath.get();
                }
                path = shared[0];
            }
            return Call.to(path).with(body.get());
        });
    }

    private static List<Route> routes() {
        String inspection = "/api/inspections/" + plan.inspectionId();
        String planPath = "/api/plans/" + plan.planId();
        String publishedInspection = publishedInspection();
        String police = "/api/actions/" + plan.policeAction();
        String health = "/api/actions/" + plan.healthAction();
        String today = LocalDate.now().toString();
        String lastMonthEnd = YearMonth.now().minusMonths(1).atEndOfMonth().toString();
        List<Route> routes = new ArrayList<>(List.of(
                // inspection-service
                get("/api/inspections?laCode=340", READERS),
                post("/api/inspections", INSPECTION_EDITORS, 201, () -> """
                        {"laCode": "340", "type": "MONITORING_VISIT", "notifiedDate": "%s"}""".formatted(today)),
                // HMICFRS's inspection of a force: each force's own inspection editors record it, nobody else.
                post("/api/inspections", of("police", "inspection-editor"), 201, () -> """
                        {"type": "FORCE_CHILD_PROTECTION", "notifiedDate": "%s"}""".formatted(today)).national(),
                get(inspection, READERS),
                new Route("PUT", inspection, INSPECTION_EDITORS, 200, pass -> new Call(inspection, """
                        {"type": "FOCUSED_VISIT", "notifiedDate": "%s", "theme": "Matrix %d"}
                        """.formatted(LocalDate.now().minusDays(7), SEQUENCE.incrementAndGet()),
                        etag(inspection), "application/json")),
                once("POST", "/api/inspections/{new}/start", INSPECTION_EDITORS, 200,
                        () -> newInspection() + "/start", () -> "{\"onSiteStart\": \"" + today + "\"}"),
                once("POST", "/api/inspections/{on site}/publish", INSPECTION_EDITORS, 200,
                        () -> startedInspection() + "/publish", () -> """
                                {"publishedDate": "%s", "onSiteEnd": "%s", "findings": [{"kind": "AREA_FOR_IMPROVEMENT",
                                 "text": "Matrix finding"}]}""".formatted(today, LocalDate.now().minusDays(1))),
                once("POST", "/api/inspections/{new}/withdraw", INSPECTION_EDITORS, 200,
                        () -> newInspection() + "/withdraw", () -> "{\"reason\": \"Recorded in error\"}"),
                post(publishedInspection + "/findings", INSPECTION_EDITORS, 201,
                        () -> "{\"kind\": \"AREA_FOR_IMPROVEMENT\", \"text\": \"Matrix finding\"}"),
                get(publishedInspection + "/findings", READERS),
                post("/api/interventions/" + intervention + "/reviews", INSPECTION_EDITORS, 201,
                        () -> "{\"reviewDate\": \"" + earlierDay() + "\", \"summary\": \"Matrix review\"}"),
                get("/api/interventions?laCode=340", READERS),
                get("/api/interventions/" + intervention + "/reviews", READERS),
                get("/api/local-authorities/340", READERS).national(),
                get("/api/local-authorities/340/timeline", READERS),
                get("/api/frameworks", READERS).national(),
                // action-plan-service
                get("/api/plans?laCode=340", READERS),
                post("/api/plans", PLAN_EDITORS, 201, () -> """
                        {"laCode": "340", "title": "Matrix plan %d", "inspectionIds": ["%s"]}
                        """.formatted(SEQUENCE.incrementAndGet(), plan.inspectionId())),
                get(planPath, READERS),
                post(planPath + "/themes", PLAN_EDITORS, 201,
                        () -> "{\"title\": \"Matrix theme " + SEQUENCE.incrementAndGet() + "\"}"),
                post(planPath + "/actions", PLAN_EDITORS, 201, () -> plan.actionBody("HEALTH", "Matrix action")),
                get(planPath + "/actions", READERS),
                get(planPath + "/coverage", READERS),
                once("POST", "/api/plans/{draft}/submit", PLAN_EDITORS, 200,
                        () -> newPlan() + "/submit", () -> "{\"submittedOn\": \"" + today + "\"}"),
                post(planPath + "/measures", PLAN_EDITORS, 201, () -> """
                        {"name": "Matrix measure %d", "unit": "%%", "baseline": 10, "baselineOn": "%s", "target": 5,
                         "direction": "LOWER_IS_BETTER"}""".formatted(SEQUENCE.incrementAndGet(), today)),
                get(planPath + "/measures", READERS),
                get(planPath + "/reports/progress", READERS),
                get("/api/actions?planId=" + plan.planId(), READERS),
                get(police, READERS),
                new Route("PUT", "/api/actions/{council action}", PLAN_EDITORS, 200,
                        pass -> new Call("/api/actions/" + plan.councilAction(), plan.actionBody("COUNCIL",
                                "Matrix council action " + SEQUENCE.incrementAndGet()),
                                etag("/api/actions/" + plan.councilAction()), "application/json")),
                post(police + "/updates", progressReporters("police"), 201,
                        () -> "{\"rag\": \"GREEN\", \"narrative\": \"Matrix progress\"}"),
                post(health + "/updates", progressReporters("health"), 201,
                        () -> "{\"rag\": \"AMBER\", \"narrative\": \"Matrix progress\"}"),
                get(police + "/updates", READERS),
                get(police + "/history", READERS),
                once("POST", "/api/actions/{police action}/complete", progressReporters("police"), 200,
                        () -> "/api/actions/" + plan.newAction(stack, "POLICE") + "/complete", () -> """
                                {"narrative": "Done", "evidence": [{"title": "Audit", "link": "DOC-1"}]}"""),
                once("POST", "/api/actions/{action}/cancel", PLAN_EDITORS, 200,
                        () -> "/api/actions/" + plan.newAction(stack, "HEALTH") + "/cancel",
                        () -> "{\"reason\": \"Merged into another action\"}"),
                post("/api/board-meetings", BOARD, 201, () -> """
                        {"planId": "%s", "meetingDate": "%s", "chair": "Matrix chair",
                         "attendance": {"council": 2, "police": 1, "health": 1, "others": 0}}
                        """.formatted(plan.planId(), earlierDay())),
                get("/api/board-meetings?planId=" + plan.planId(), READERS),
                get("/api/known-inspections/" + plan.inspectionId(), READERS),
                get("/api/findings?laCode=340", READERS),
                get("/api/deadlines?laCode=340", READERS),
                get("/api/deadlines/rules", READERS).national(),
                // workforce-service
                get("/api/teams?agency=police&laCode=340", POLICE_WORKFORCE_READERS),
                post("/api/teams", WORKFORCE_EDITORS, 201, () -> """
                        {"name": "Matrix team %d", "serviceArea": "OTHER", "establishmentFte": 1, "laCode": "340"}
                        """.formatted(SEQUENCE.incrementAndGet())),
                post("/api/staff", POLICE_WORKFORCE_EDITORS, 201, () -> staffBody()),
                get("/api/staff?teamId=" + policeTeam, POLICE_WORKFORCE_READERS),
                once("POST", "/api/staff/{police officer}/leave", POLICE_WORKFORCE_EDITORS, 200,
                        () -> "/api/staff/" + newStaffMember() + "/leave",
                        () -> "{\"leftOn\": \"" + today + "\", \"reason\": \"RESIGNATION\"}"),
                post("/api/vacancies", POLICE_WORKFORCE_EDITORS, 201, () -> vacancyBody()),
                get("/api/vacancies?agency=police&laCode=340", POLICE_WORKFORCE_READERS),
                get("/api/vacancies/" + policeVacancy, POLICE_WORKFORCE_READERS),
                post("/api/vacancies/" + policeVacancy + "/candidates", POLICE_WORKFORCE_EDITORS, 200, () -> """
                        {"reference": "MATRIX-%d", "appliedOn": "%s"}""".formatted(SEQUENCE.incrementAndGet(), today)),
                once("POST", "/api/vacancies/{police vacancy}/withdraw", POLICE_WORKFORCE_EDITORS, 200,
                        () -> "/api/vacancies/" + newVacancy() + "/withdraw", () -> "{\"closedOn\": \"" + today + "\"}"),
                post("/api/caseloads", POLICE_WORKFORCE_EDITORS, 201, () -> """
                        {"teamId": "%s", "asOf": "%s", "cases": %d, "caseHolderFte": 3}
                        """.formatted(policeTeam, LocalDate.now().minusDays(SEQUENCE.incrementAndGet()), 40)),
                get("/api/caseloads?agency=police&laCode=340", POLICE_WORKFORCE_READERS),
                get("/api/metrics?agency=police&laCode=340", EVERYONE),
                get("/api/metrics/history?agency=police&months=3&laCode=340", EVERYONE),
                post("/api/metrics/snapshots", WORKFORCE_EDITORS, 200,
                        () -> "{\"asOf\": \"" + lastMonthEnd + "\", \"laCode\": \"340\"}"),
                get("/api/benchmarks?laCode=340&measure=turnover_rate", EVERYONE).national(),
                get("/api/benchmarks/measures", EVERYONE).national(),
                new Route("POST", "/api/benchmarks/import?dataset=csww", STATISTICS_IMPORTERS, 200,
                        pass -> new Call("/api/benchmarks/import?dataset=csww", dfeExtract(), null, "text/csv"))
                        .national()));
        // the partner doors
        for (String agency : AGENCIES) {
            String door = "/partners/" + agency;
            routes.add(get(door + "/actions?laCode=340", partnerReaders(agency)));
            routes.add(get(door + "/summary?laCode=340", partnerReaders(agency)));
            routes.add(get(door + "/findings?laCode=340", partnerReaders(agency)));
            routes.add(get(door + "/workforce/teams?laCode=340", partnerWorkforceReaders(agency)));
            routes.add(get(door + "/workforce/metrics?laCode=340", wholeAgency(agency)));
            routes.add(get(door + "/events?laCode=340", wholeAgency(agency)));
        }
        String policeDoor = "/partners/police/actions/" + plan.policeAction();
        routes.add(get(policeDoor, partnerReaders("police")));
        routes.add(get(policeDoor + "/updates", partnerReaders("police")));
        routes.add(post(policeDoor + "/updates", of("police", "action-owner"), 201,
                () -> "{\"rag\": \"GREEN\", \"narrative\": \"Through the police door\"}"));
        return routes;
    }

    @Test
    void everyRouteLetsThroughExactlyWhoTheRightsTableSaysWithRealKeycloakTokens() {
        List<Route> routes = routes();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        int passing = 0;
        int otherCouncils = 0;
        for (Route route : routes) {
            for (Map.Entry<String, Caller> caller : CALLERS.entrySet()) {
                boolean passes = route.lets(caller.getValue());
                passing += passes ? 1 : 0;
                otherCouncils += route.aboutKnowsley() && !caller.getValue().councils().contains(HERE) ? 1 : 0;
                cases += check(route, caller.getKey(), caller.getValue().token(), passes,
                        passes ? route.success() : 403, wrong);
            }
            for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
                cases += check(route, refused.getKey(), refused.getValue(), false, 401, wrong);
            }
        }
        int callers = CALLERS.size() + REFUSED.size();
        System.out.printf("Of them: %d let through, %d by callers who do not cover Knowsley on routes about it%n",
                passing, otherCouncils);
        System.out.printf("Security matrix against the real stack: %d routes x %d callers = %d cases, %d wrong%n",
                routes.size(), callers, cases, wrong.size());
        assertThat(cases).isEqualTo(routes.size() * callers);
        assertThat(wrong).isEmpty();
    }

    private static int check(Route route, String who, String token, boolean passes, int expected, List<String> wrong) {
        Call call = route.call().apply(passes);
        int status;
        String detail = "";
        if (call.path().endsWith("/events")) {
            try (SseStream feed = SseStream.open(url(call.path()), token)) {
                status = feed.status();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            if (call.ifMatch() != null) {
                request.header("If-Match", call.ifMatch());
            }
            if (call.body() != null) {
                request.contentType(call.contentType() + "; charset=UTF-8").body(call.body());
            }
            Response response = request.request(route.method(), url(call.path()));
            status = response.statusCode();
            if (status != expected) {
                detail = ": " + response.asString();
            }
        }
        if (status != expected) {
            wrong.add(route.method() + " " + route.name() + " as " + who + ": " + status + ", expected " + expected
                    + detail.substring(0, Math.min(detail.length(), 240)));
        }
        return 1;
    }

    // -- records made for the routes that change something once ----------------------------------------------------

    private static String newInspection() {
        return "/api/inspections/" + as(DEMO_TOKENS.get(TestPlan.EDITOR)).body("""
                        {"laCode": "340", "type": "MONITORING_VISIT", "notifiedDate": "%s"}
                        """.formatted(LocalDate.now().minusDays(3)))
                .post(url("/api/inspections")).then().statusCode(201).extract().<String>path("id");
    }

    private static String startedInspection() {
        String inspection = newInspection();
        as(DEMO_TOKENS.get(TestPlan.EDITOR)).body("{\"onSiteStart\": \"" + LocalDate.now().minusDays(2) + "\"}")
                .post(url(inspection + "/start")).then().statusCode(200);
        return inspection;
    }

    /** Findings are recorded against a published report. */
    private static String publishedInspection() {
        String inspection = startedInspection();
        as(DEMO_TOKENS.get(TestPlan.EDITOR)).body("{\"publishedDate\": \"" + LocalDate.now() + "\", \"onSiteEnd\": \""
                + LocalDate.now().minusDays(1) + "\"}").post(url(inspection + "/publish")).then().statusCode(200);
        return inspection;
    }

    /** A day not used before by this test: one review or board meeting is recorded per day. */
    private static LocalDate earlierDay() {
        return LocalDate.now().minusDays(SEQUENCE.incrementAndGet());
    }

    private static String newPlan() {
        return "/api/plans/" + as(DEMO_TOKENS.get(TestPlan.EDITOR)).body("""
                        {"laCode": "340", "title": "Matrix plan to submit %d", "inspectionIds": ["%s"]}
                        """.formatted(SEQUENCE.incrementAndGet(), plan.inspectionId()))
                .post(url("/api/plans")).then().statusCode(201).extract().<String>path("id");
    }

    private static String staffBody() {
        return """
                {"reference": "MATRIX-%d", "teamId": "%s", "role": "OTHER", "contract": "PERMANENT", "fte": 1,
                 "caseHolder": false, "startDate": "%s"}""".formatted(SEQUENCE.incrementAndGet(), policeTeam,
                LocalDate.now().minusMonths(1));
    }

    private static String newStaffMember() {
        return as(DEMO_TOKENS.get("police.workforce")).body(staffBody()).post(url("/api/staff"))
                .then().statusCode(201).extract().path("id");
    }

    private static String vacancyBody() {
        return """
                {"teamId": "%s", "role": "OTHER", "fte": 1, "openedOn": "%s"}""".formatted(policeTeam,
                LocalDate.now().minusDays(10));
    }

    private static String newVacancy() {
        return as(DEMO_TOKENS.get("police.workforce")).body(vacancyBody()).post(url("/api/vacancies"))
                .then().statusCode(201).extract().path("id");
    }

    /** The DfE workforce file's header and first row: importing it again changes nothing. */
    private static String dfeExtract() {
        try (Stream<String> lines = Files.lines(StackConfig.findRepoRoot()
                .resolve("workforce-service/src/main/resources/data/dfe/csww_indicators_2017_to_2023.csv"))) {
            return lines.limit(2).collect(Collectors.joining("\n", "", "\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String etag(String path) {
        return given().auth().oauth2(DEMO_TOKENS.get(TestPlan.EDITOR)).get(url(path)).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void noSpellingOfAnAgencyInTheQueryWidensAPartnerDoorAndNoBodyOverTheLimitGetsThrough() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        List<String> names = new ArrayList<>();
        for (String name : List.of("leadAgency", "agency")) {
            names.addAll(List.of(name, name.toLowerCase(), name.toUpperCase(), Character.toUpperCase(name.charAt(0))
                    + name.substring(1), name.replace("A", "_a"), name.replace("A", "-a"), name + "%00", name + "s"));
        }
        for (String agency : AGENCIES) {
            String other = agency.equals("police") ? "HEALTH" : "POLICE";
            for (String door : List.of("/actions", "/workforce/metrics", "/workforce/staff")) {
                for (String name : names) {
                    cases++;
                    Response answer = given().urlEncodingEnabled(false).auth()
                            .oauth2(CALLERS.get(agency + ":viewer").token())
                            .get(url("/partners/" + agency + door + "?" + name + "=" + other));
                    String field = answer.statusCode() == 400 ? answer.path("errors[0].field") : null;
                    if (!java.net.URLDecoder.decode(name, StandardCharsets.UTF_8).equals(field)) {
                        wrong.add(agency + door + "?" + name + ": " + answer.statusCode() + " naming " + field);
                    }
                }
            }
        }
        // Bodies over 2 MB, chunked so that no Content-Length tells, at the API and at a partner door: 413 problems.
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(threeMegabytes, (byte) ' ');
        for (String path : List.of("/api/plans/" + plan.planId() + "/themes",
                "/partners/police/actions/" + plan.policeAction() + "/updates")) {
            cases++;
            String token = path.startsWith("/api") ? DEMO_TOKENS.get(TestPlan.EDITOR) : DEMO_TOKENS.get("police.lead");
            Response answer = given().auth().oauth2(token).contentType("application/json")
                    .body(new java.io.ByteArrayInputStream(threeMegabytes)).post(url(path));
            if (answer.statusCode() != 413 || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                wrong.add("chunked 3 MB to " + path + ": " + answer.statusCode() + " " + answer.contentType());
            }
        }
        System.out.printf("Partner doors and body limits against the real stack: %d cases, %d wrong%n", cases,
                wrong.size());
        assertThat(wrong).isEmpty();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String url(String path) {
        return stack.gatewayUrl() + path;
    }
}
