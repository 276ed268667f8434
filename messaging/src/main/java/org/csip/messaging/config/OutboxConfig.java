package org.csip.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How this service's outbox relay publishes (its CloudEvents source, its safety-net poll) and how long logs are kept. */
@ConfigMapping(prefix = "csip.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of everything this service publishes, e.g. {@code /csip/inspection-service}. */
    String source();

    /** The topic this service's events go to, e.g. {@code workforce-events} (docs/events.md). */
    String topic();

    /** How often the safety-net poll looks for rows the publish-after-commit missed (crash, broker down). */
    @WithDefault("2s")
    Duration pollInterval();

    /**
     * Rows claimed per relay transaction, all under way at once: 1000 relayed 2,900 events/s where 100 relayed 1,900
     * (both before warm-up; docs/performance.md, scenario 3).
     */
    @WithDefault("1000")
    int batchSize();

    /**
     * Rows a relay pass may read, a batch at a time as soon as less than a batch is still under way, before it commits
     * and the next pass begins: a pass that stopped at each batch spent about half the relay's time between one
     * batch's last send and the next one's first (docs/performance.md, scenario 3). A replica that dies mid-pass has
     * its rows of that pass sent again by the next, so this also bounds the copies consumers pass over after a crash.
     */
    @WithDefault("10000")
    int rowsPerPass();

    /**
     * Longer than the producer and connector can spend on one event (each service's delivery.timeout.ms, twice). A
     * relay pass waits for every send of its batch to settle, at most twice this (only a producer that never answers
     * takes that long), so a send given up on is never still under way — else it could land after the relay sent it
     * again, twice.
     */
    @WithDefault("25s")
    Duration sendTimeout();

    /**
     * How long a relay pass after a commit waits for another pass (this replica's or another's) to finish before
     * leaving its rows to the poll; longer than one send's timeout, so a pass held up by a slow broker is waited for.
     */
    @WithDefault("30s")
    Duration lockWait();

    /** How long published outbox rows and inbox entries are kept (for tracing a delivery) before they are pruned. */
    @WithDefault("7d")
    Duration retention();

    /** Rows deleted per pruning transaction: small, so pruning never holds locks or a long transaction. */
    @WithDefault("1000")
    int pruneBatchSize();
}
