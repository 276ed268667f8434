package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.mail.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.stack.LocalStack;
import org.csip.testing.TopicLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Once-only with two replicas of every service, each running the deadline job and the email composer every two
 * seconds and its sender every second, all against one database: a JTAI's written statement falling due in ten days
 * is announced approaching exactly once on Kafka, and the police action owner gets exactly one weekly digest.
 */
@Tag("faults")
@ExtendWith(ReplicaStackExtension.class)
class ReplicaNoticesIT {
    private final LocalStack stack = ReplicaStackExtension.stack();

    @Test
    void twoReplicasAnnounceADeadlineOnceAndSendADigestOnce() throws Exception {
        TestPlan plan = TestPlan.create(stack, "Replica notices plan");
        String director = Keycloak.userToken(stack, TestPlan.EDITOR);
        String gateway = stack.gatewayUrl();
        LocalDate today = LocalDate.now();
        try (KafkaCompanion kafka = new KafkaCompanion(stack.kafkaBootstrapServers())) {
            ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("action-plan-events");
            String jtai = given().auth().oauth2(director).contentType("application/json").body("""
                    {"laCode": "340", "type": "JTAI", "notifiedDate": "%s", "onSiteStart": "%s", "onSiteEnd": "%s",
                 "theme": "The multi-agency response to children who are victims of domestic abuse"}"""
                    .formatted(today.minusDays(60), today.minusDays(50), today.minusDays(46)))
                    .when().post(gateway + "/api/inspections").then().statusCode(201).extract().path("id");
            given().auth().oauth2(director).contentType("application/json").body("""
                    {"publishedDate": "%s", "responseDue": "%s"}""".formatted(today.minusDays(20), today.plusDays(10)))
                    .when().post(gateway + "/api/inspections/" + jtai + "/publish").then().statusCode(200);
            // A police action of Knowsley overdue, for the digest.
            given().auth().oauth2(director).contentType("application/json").body("""
                    {"themeId": "%s", "title": "Replica digest action", "leadAgency": "POLICE", "owner": "DI",
                     "startDate": "%s", "dueDate": "%s"}""".formatted(plan.themeId(), today.minusDays(30),
                    today.minusDays(2))).when().post(gateway + "/api/plans/" + plan.planId() + "/actions").then()
                    .statusCode(201);
            given().auth().oauth2(Keycloak.userToken(stack, "police.lead")).contentType("application/json")
                    .body("{\"frequency\": \"WEEKLY\"}").when().post(gateway + "/api/notifications/me").then()
                    .statusCode(200);

            String key = "WRITTEN_STATEMENT_AFTER_JTAI/" + jtai;
            await().atMost(Duration.ofSeconds(60)).until(() -> approaching(topic, key).size() == 1);
            // Through several more runs of both replicas' jobs: still one.
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15))
                    .until(() -> approaching(topic, key).size() == 1);
            assertThat(TopicLog.header(approaching(topic, key).get(0), "ce_lacode")).isEqualTo("340");
            topic.stop();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> digests().size() == 1);
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15)).until(() -> digests().size() == 1);
        assertThat(NotificationsIT.html(digests().get(0))).contains("Replica digest action");
    }

    private static List<ConsumerRecord<String, String>> approaching(ConsumerTask<String, String> topic, String key) {
        return topic.getRecords().stream()
                .filter(r -> "csip.deadline.approaching.v1".equals(TopicLog.header(r, "ce_type")))
                .filter(r -> r.value().contains(key)).toList();
    }

    private List<jakarta.mail.internet.MimeMessage> digests() {
        return stack.mail().received().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains("police.lead@police.csip.test")
                        && m.getSubject().startsWith("Your actions");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
