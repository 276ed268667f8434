package org.csip.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How this service's outbox relay publishes: its CloudEvents source and its safety-net poll. */
@ConfigMapping(prefix = "csip.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of everything this service publishes, e.g. {@code /csip/inspection-service}. */
    String source();

    /** How often the safety-net poll looks for rows the publish-after-commit missed (crash, broker down). */
    @WithDefault("2s")
    Duration pollInterval();

    /** Rows claimed per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge one event before leaving it for the next pass. */
    @WithDefault("10s")
    Duration sendTimeout();
}
