package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.csip.gateway.EchoUpstreamResource;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.junit.jupiter.api.Test;

/**
 * The partner feed's consumer, as the Kafka client runs it: a group of its own per replica (every replica reads
 * every event), and 10 minutes' wait for a broker that is away — with the client's own 60 s a broker slow to come
 * back ended the feed's channel until the gateway restarted (FaultInjectionIT).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoUpstreamResource.class, restrictToAnnotatedClass = false)
class FeedConsumerSettingsTest {
    @Inject
    KafkaClientService clients;

    @Test
    void theFeedWaitsForABrokerThatIsAwayRatherThanEndingItsChannel() {
        assertThat(clients.getConsumerChannels()).containsExactly("partner-feed");
        Map<String, String> settings = new HashMap<>();
        clients.getConsumer("partner-feed").configuration()
                .forEach((key, value) -> settings.put(key, String.valueOf(value)));
        assertThat(settings)
                .containsEntry("default.api.timeout.ms", "600000")
                .containsEntry("enable.auto.commit", "false");
        assertThat(settings.get("group.id")).startsWith("csip-gateway-");
    }
}
