package org.csip.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.csip.messaging.config.OutboxConfig;
import org.csip.testing.RefusingPort;
import org.junit.jupiter.api.Test;

/**
 * The outbox's producer when no broker answers: the first send waits the producer's max.block.ms and fails; the
 * sends after it fail at once instead of each waiting in turn (a relay batch of 1,000 rows would wait over an hour).
 */
class CloudEventPublisherTest {

    @Test
    void withNoBrokerTheFirstSendWaitsAndFailsAndTheNextFailAtOnce() throws Exception {
        int closedPort = RefusingPort.port();
        CloudEventPublisher publisher = new CloudEventPublisher(config(),
                Map.of("bootstrap.servers", "localhost:" + closedPort), OpenTelemetry.noop());
        try {
            long start = System.nanoTime();
            CompletableFuture<Void> first = publisher.send(row());
            assertThat(first).isCompletedExceptionally();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the producer's max.block.ms, 4 s")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(cause(first)).isInstanceOf(TimeoutException.class);

            long next = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                CompletableFuture<Void> send = publisher.send(row());
                assertThat(send).isCompletedExceptionally();
                assertThat(cause(send)).isInstanceOf(TimeoutException.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - next)).as("five more sends, none waiting 4 s")
                    .isLessThan(Duration.ofSeconds(2));
        } finally {
            publisher.close();
        }
    }

    private static Throwable cause(CompletableFuture<Void> send) throws InterruptedException {
        try {
            send.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static OutboxEvent row() {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = "action";
        row.aggregateId = UUID.randomUUID().toString();
        row.sequence = 1;
        row.eventType = "csip.test.v1";
        row.payload = "{}";
        row.occurredAt = OffsetDateTime.now();
        return row;
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            @Override
            public String source() {
                return "/csip/test";
            }

            @Override
            public String topic() {
                return "no-broker-events";
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(2);
            }

            @Override
            public int batchSize() {
                return 1000;
            }

            @Override
            public int rowsPerPass() {
                return 10000;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(25);
            }

            @Override
            public Duration lockWait() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(7);
            }

            @Override
            public int pruneBatchSize() {
                return 1000;
            }
        };
    }
}
