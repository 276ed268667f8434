package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csip.stack.LocalStack;
import org.csip.testing.SseStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Councils as tenants, against the whole stack with real Keycloak tokens: Merseyside Police's action owner works
 * across both demo councils (St Helens and Knowsley) and nowhere else; a council's people never reach another
 * council's records; an overseer reads exactly the councils assigned; a council no organisation of the demo covers
 * (Cornwall, added here with its own force as an administrator adds them: a data change, no code) is invisible to
 * every demo partner, and Merseyside's live feed never carries its events while Cornwall's force's feed does.
 */
@ExtendWith(StackExtension.class)
class TenancyIT {
    private static final List<String> MERSEYSIDE = List.of("340", "341", "342", "343", "344");
    private static final String CORNWALL = "908";

    private static LocalStack stack;
    private static TestPlan knowsley;
    private static TestPlan cornwall;
    private static String cornwallDirector;
    private static String cornwallPolice;

    @BeforeAll
    static void aCouncilOfTheAreaAndOneOutsideIt() {
        stack = StackExtension.stack();
        KeycloakAdmin admin = KeycloakAdmin.of(stack);
        admin.createOrganisation("cornwall", "Cornwall Council", "council", List.of(CORNWALL));
        admin.createUser("cornwall.director", "cornwall", List.of("plan-editor", "inspection-editor", "viewer"));
        cornwallDirector = Keycloak.testUserToken(stack, "cornwall.director");
        admin.createOrganisation("devon-cornwall-police", "Devon and Cornwall Police", "police", List.of(CORNWALL));
        admin.createUser("devon-cornwall.lead", "devon-cornwall-police", List.of("action-owner", "viewer"));
        cornwallPolice = Keycloak.testUserToken(stack, "devon-cornwall.lead");
        knowsley = TestPlan.create(stack, "Tenancy plan");
        cornwall = TestPlan.create(stack, "Cornwall tenancy plan", CORNWALL, cornwallDirector);
    }

    @Test
    void theForcesActionOwnerSeesBothCouncilsActionsAndNoneOutsideItsArea() {
        String police = Keycloak.userToken(stack, "police.lead");
        List<String> stHelens = given().auth().oauth2(police).queryParam("laCode", "342")
                .get(url("/partners/police/actions")).then().statusCode(200).extract().path("laCode");
        assertThat(stHelens).isNotEmpty().containsOnly("342");
        List<String> ofKnowsley = given().auth().oauth2(police).queryParam("laCode", "340").queryParam("size", "500")
                .get(url("/partners/police/actions")).then().statusCode(200).extract().path("id");
        assertThat(ofKnowsley).contains(knowsley.policeAction());
        Response all = given().auth().oauth2(police).queryParam("size", "500").get(url("/partners/police/actions"));
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.jsonPath().<String>getList("laCode")).contains("342", "340").allMatch(MERSEYSIDE::contains);
        assertThat(all.jsonPath().<String>getList("id")).doesNotContain(cornwall.policeAction());

        given().auth().oauth2(police).get(url("/partners/police/actions/" + cornwall.policeAction()))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(police).queryParam("laCode", CORNWALL).get(url("/partners/police/actions"))
                .then().statusCode(403);
        given().auth().oauth2(police).contentType("application/json").body("{\"rag\": \"GREEN\", \"narrative\": \"x\"}")
                .post(url("/partners/police/actions/" + cornwall.policeAction() + "/updates")).then().statusCode(403);
        given().auth().oauth2(police).contentType("application/json")
                .body("{\"rag\": \"GREEN\", \"narrative\": \"Joint triage running in Knowsley\"}")
                .post(url("/partners/merseyside-police/actions/" + knowsley.policeAction() + "/updates"))
                .then().statusCode(201);
    }

    @Test
    void stHelensPlanEditorIsRefusedKnowsleysPlanAndAPlanForAnotherCouncil() {
        String director = Keycloak.userToken(stack, "director");
        given().auth().oauth2(director).get(url("/api/plans/" + knowsley.planId()))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(director).contentType("application/json").body("{\"title\": \"Not ours\"}")
                .post(url("/api/plans/" + knowsley.planId() + "/themes")).then().statusCode(403);
        given().auth().oauth2(director).contentType("application/json")
                .body("{\"laCode\": \"344\", \"title\": \"Wirral's plan\", \"inspectionIds\": [\""
                        + knowsley.inspectionId() + "\"]}")
                .post(url("/api/plans")).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(director).queryParam("laCode", "340").get(url("/api/plans")).then().statusCode(403);
        // Knowsley's own director may.
        given().auth().oauth2(Keycloak.userToken(stack, TestPlan.EDITOR)).get(url("/api/plans/" + knowsley.planId()))
                .then().statusCode(200);
    }

    @Test
    void theAdviserReadsExactlyTheCouncilsAssigned() {
        // The adviser oversees the demo's two councils with plans, St Helens and Wirral (the realm's "oversees").
        String adviser = Keycloak.userToken(stack, "dfe.adviser");
        List<String> councils = given().auth().oauth2(adviser).get(url("/api/plans")).then().statusCode(200)
                .extract().path("laCode");
        assertThat(councils).contains("342", "344").containsOnly("342", "344");
        given().auth().oauth2(adviser).get(url("/api/plans/" + cornwall.planId())).then().statusCode(403);
        given().auth().oauth2(adviser).get(url("/api/plans/" + knowsley.planId())).then().statusCode(403);
        given().auth().oauth2(Keycloak.userToken(stack, "board.chair")).get(url("/api/plans/" + knowsley.planId()))
                .then().statusCode(403);
    }

    @Test
    void aCouncilOutsideEveryCoverageIsInvisibleToEveryPartner() {
        Map<String, String> partners = new LinkedHashMap<>();
        for (String user : List.of("director", "performance.officer", TestPlan.EDITOR, "police.lead", "health.lead",
                "board.chair", "dfe.adviser")) {
            partners.put(user, Keycloak.userToken(stack, user));
        }
        partners.put("police-feed", Keycloak.feedToken(stack, "police"));
        partners.put("health-feed", Keycloak.feedToken(stack, "health"));
        partners.put("council-feed", Keycloak.feedToken(stack, "council"));
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, String> partner : partners.entrySet()) {
            for (String path : List.of("/api/inspections/" + cornwall.inspectionId(), "/api/plans/" + cornwall.planId(),
                    "/api/actions/" + cornwall.policeAction(), "/api/local-authorities/908/timeline",
                    "/api/plans?laCode=908", "/api/inspections?laCode=908")) {
                cases++;
                int status = given().auth().oauth2(partner.getValue()).get(url(path)).statusCode();
                if (status != 403) {
                    wrong.add(partner.getKey() + " GET " + path + ": " + status);
                }
            }
            for (String list : List.of("/api/inspections?size=200", "/api/plans", "/api/actions?size=500")) {
                cases++;
                List<String> laCodes = given().auth().oauth2(partner.getValue()).get(url(list)).then()
                        .statusCode(200).extract().path("laCode");
                if (laCodes.contains(CORNWALL)) {
                    wrong.add(partner.getKey() + " GET " + list + " lists Cornwall's");
                }
            }
        }
        // Cornwall's own director sees them: the records are there, only not for others.
        given().auth().oauth2(cornwallDirector).get(url("/api/plans/" + cornwall.planId())).then().statusCode(200);
        System.out.printf("A council outside every demo coverage: %d cases, %d wrong%n", cases, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void theForcesFeedNeverCarriesAnotherAreasEvent() throws Exception {
        String police = Keycloak.userToken(stack, "police.lead");
        try (SseStream force = SseStream.open(stack.gatewayUrl() + "/partners/merseyside-police/events", police);
             SseStream cornwallFeed = SseStream.open(stack.gatewayUrl() + "/partners/police/events", cornwallPolice)) {
            assertThat(force.status()).isEqualTo(200);
            assertThat(cornwallFeed.status()).isEqualTo(200);
            // A police-led change in Cornwall: once Cornwall's force's feed shows it, the gateway has it.
            report(cornwallPolice, cornwall.policeAction(), "Cornwall: police triage reviewed");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> cornwallFeed.events().stream().anyMatch(e -> e.data().contains(cornwall.policeAction())));
            // Then one in Knowsley, through the same feed: when it arrives, anything before it would have too.
            report(police, knowsley.policeAction(), "Knowsley: police triage reviewed");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> force.events().stream().anyMatch(e -> e.data().contains(knowsley.policeAction())));
            assertThat(force.events()).noneMatch(e -> e.data().contains(cornwall.policeAction())
                    || e.data().contains(cornwall.planId()) || e.data().contains("\"laCode\":\"" + CORNWALL + "\""));
            assertThat(cornwallFeed.events()).noneMatch(e -> e.data().contains(knowsley.policeAction()));
        }
    }

    private static void report(String token, String action, String narrative) {
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"rag\": \"AMBER\", \"narrative\": \"" + narrative + "\"}")
                .post(url("/api/actions/" + action + "/updates")).then().statusCode(201);
    }

    private static String url(String path) {
        return stack.gatewayUrl() + path;
    }
}
