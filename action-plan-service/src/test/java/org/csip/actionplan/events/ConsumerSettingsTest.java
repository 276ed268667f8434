package org.csip.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.util.Map;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The consumer settings stated once in messaging's configuration reach every incoming channel as the Kafka client
 * runs them: one group per service, from the start, a 10 s session (a killed replica's partitions move quickly),
 * and 10 minutes' wait for a broker that is away (the client's own 60 s ended a channel for good in FaultInjectionIT).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ConsumerSettingsTest {
    @Inject
    KafkaClientService clients;

    @Test
    void everyIncomingChannelRunsWithTheSharedConsumerSettings() {
        assertThat(clients.getConsumerChannels()).containsExactlyInAnyOrder("inspection-events", "workforce-events");
        for (String channel : clients.getConsumerChannels()) {
            Map<String, String> settings = new java.util.HashMap<>();
            clients.getConsumer(channel).configuration().forEach((key, value) -> settings.put(key, String.valueOf(value)));
            assertThat(settings).as(channel)
                    .containsEntry("group.id", "action-plan-service")
                    .containsEntry("auto.offset.reset", "earliest")
                    .containsEntry("session.timeout.ms", "10000")
                    .containsEntry("heartbeat.interval.ms", "3000")
                    .containsEntry("default.api.timeout.ms", "600000")
                    .containsEntry("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer")
                    .containsEntry("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        }
    }
}
