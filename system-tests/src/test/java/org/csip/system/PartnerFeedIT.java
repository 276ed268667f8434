package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.csip.stack.LocalStack;
import org.csip.testing.SseStream;
import org.csip.testing.SseStream.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A police dashboard on its live feed, against the whole stack: it sees the police action change within two seconds
 * and never the health action's; after dropping its connection it resumes with {@code Last-Event-ID} and is handed
 * exactly what it missed, in order, once.
 */
@ExtendWith(StackExtension.class)
class PartnerFeedIT {
    private final LocalStack stack = StackExtension.stack();

    @Test
    void thePoliceFeedGetsThePoliceActionNotTheHealthOneAndResumesWithExactlyWhatItMissed() throws Exception {
        TestPlan plan = TestPlan.create(stack, "Partner feed plan");
        String director = Keycloak.userToken(stack, TestPlan.EDITOR);
        String police = Keycloak.userToken(stack, "police.lead");
        String policeFeedUrl = stack.gatewayUrl() + "/partners/police/events";
        // Witnesses that stay connected: once one of them has an event, the gateway has taken it from Kafka. The
        // health lead's dashboard sees the health action; the police's own BI client sees the police action.
        try (SseStream health = SseStream.open(stack.gatewayUrl() + "/partners/health/events",
                     Keycloak.userToken(stack, "health.lead"));
             SseStream policeClient = SseStream.open(policeFeedUrl, Keycloak.feedToken(stack, "police"))) {
            String lastSeen;
            try (SseStream dashboard = SseStream.open(policeFeedUrl, police)) {
                assertThat(dashboard.status()).isEqualTo(200);

                long changed = System.nanoTime();
                rename(director, plan.policeAction(), "Police: joint triage, revised");
                rename(director, plan.healthAction(), "Health: joint triage, revised");
                await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                        .until(() -> titles(dashboard, plan.policeAction()).contains("Police: joint triage, revised"));
                System.out.printf("The police action's change reached the police feed %d ms after the PUT returned%n",
                        (System.nanoTime() - changed) / 1_000_000);

                // Not the health action: once the gateway has it (the health feed shows it), one more police event
                // follows it through the same feed; when that arrives, anything before it would have too.
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> titles(health, plan.healthAction()).contains("Health: joint triage, revised"));
                rename(director, plan.policeAction(), "Police: after the health change");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> titles(dashboard, plan.policeAction()).contains("Police: after the health change"));
                assertThat(dashboard.events()).noneMatch(e -> e.data().contains(plan.healthAction()));
                assertThat(dashboard.events()).allMatch(e -> e.id() != null && !e.id().isBlank());
                lastSeen = dashboard.lastEventId();
            }

            // The dashboard is gone; three police changes and a health one happen meanwhile.
            List<String> missed = List.of("Police: missed 1", "Police: missed 2", "Police: missed 3");
            rename(director, plan.policeAction(), missed.get(0));
            rename(director, plan.healthAction(), "Health: while the police were away");
            rename(director, plan.policeAction(), missed.get(1));
            rename(director, plan.policeAction(), missed.get(2));
            // The gateway holds them all before the dashboard comes back, so they must come from the replay.
            await().atMost(Duration.ofSeconds(10)).until(() -> titles(policeClient, plan.policeAction())
                    .contains(missed.get(2)) && titles(health, plan.healthAction())
                    .contains("Health: while the police were away"));

            try (SseStream resumed = SseStream.open(policeFeedUrl, police, lastSeen)) {
                assertThat(resumed.status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(2)).until(() -> resumed.events().size() >= 3);
                // A live event after the replay marks its end: nothing else may come between.
                rename(director, plan.policeAction(), "Police: live again");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> titles(resumed, plan.policeAction()).contains("Police: live again"));
                List<Event> received = resumed.events();
                assertThat(received).extracting(e -> title(e.data()))
                        .containsExactly(missed.get(0), missed.get(1), missed.get(2), "Police: live again");
                assertThat(received).extracting(Event::type).containsOnly("csip.action.updated.v1");
                Set<String> ids = received.stream().map(Event::id).collect(Collectors.toSet());
                assertThat(ids).hasSize(received.size()).doesNotContain(lastSeen);
            }
            // An id the feed never wrote — a partition the topic does not have, or another topic — is a 400.
            for (String never : List.of("action-plan-events:99:5", "secret-events:0:1", "garbage")) {
                try (SseStream refused = SseStream.open(policeFeedUrl, police, never)) {
                    assertThat(refused.status()).as(never).isEqualTo(400);
                }
            }
        }
    }

    private void rename(String token, String actionId, String title) {
        String path = stack.gatewayUrl() + "/api/actions/" + actionId;
        var current = given().auth().oauth2(token).get(path).then().statusCode(200).extract();
        String body = """
                {"themeId": "%s", "title": "%s", "leadAgency": "%s", "owner": "%s", "startDate": "%s",
                 "dueDate": "%s"}""".formatted(current.path("themeId"), title, current.path("leadAgency"),
                current.path("owner"), current.path("startDate"), current.path("dueDate"));
        given().auth().oauth2(token).header("If-Match", current.header("ETag")).contentType("application/json")
                .body(body).put(path).then().statusCode(200);
    }

    /** The titles the feed has carried for one action, in order. */
    private static List<String> titles(SseStream feed, String actionId) {
        return feed.events().stream().filter(e -> e.data().contains(actionId)).map(e -> title(e.data())).toList();
    }

    private static String title(String data) {
        return io.restassured.path.json.JsonPath.from(data).getString("title");
    }
}
