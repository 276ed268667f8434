package org.csip.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.Map;
import java.util.stream.Collectors;
import org.csip.stack.KafkaLauncher.TopicSpec;
import org.csip.stack.Topics;

/**
 * A real Kafka broker (SmallRye's embedded KRaft broker) with CSIP's topics, for a service's tests. It finds its two
 * ports free and binds them later, so a broker that fails to start is closed and started again ({@link FreePortStarts}).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = FreePortStarts.start("Kafka broker", KafkaTestResource::startBroker);
        return Map.of("kafka.bootstrap.servers", broker.getAdvertisedListeners());
    }

    private static EmbeddedKafkaBroker startBroker() {
        EmbeddedKafkaBroker started = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> {
                    p.put("auto.create.topics.enable", "false");
                    p.put("group.initial.rebalance.delay.ms", "0");
                });
        try {
            started.start();
            try (KafkaCompanion companion = new KafkaCompanion(started.getAdvertisedListeners())) {
                companion.topics().create(Topics.ALL.stream()
                        .collect(Collectors.toMap(TopicSpec::name, TopicSpec::partitions)));
            }
            return started;
        } catch (RuntimeException e) {
            try {
                started.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
