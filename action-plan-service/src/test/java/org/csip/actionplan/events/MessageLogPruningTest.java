package org.csip.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.csip.messaging.outbox.MessageLogPruning;
import org.csip.messaging.outbox.OutboxRelay;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.Rows;
import org.junit.jupiter.api.Test;

/** Published outbox rows and inbox entries past the retention go, in batches; pending rows and recent ones stay. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class MessageLogPruningTest {

    @Inject
    DataSource dataSource;

    @Inject
    MessageLogPruning pruning;

    @Test
    void onlyWhatIsPublishedAndPastTheRetentionIsDeletedInBatches() throws Exception {
        // The relay lock held throughout: no relay publishes the pending test events while the test looks at them.
        try (Connection relayLock = dataSource.getConnection();
             var lock = relayLock.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            lock.executeQuery().close();
            try {
                pruneWithTheRelayHeldOff();
            } finally {
                // A session's lock outlives the pooled connection's return: given back here.
                try (var unlock = relayLock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, OutboxRelay.RELAY_LOCK);
                    unlock.executeQuery().close();
                }
            }
        }
    }

    private void pruneWithTheRelayHeldOff() {
        String aggregate = "pruning-" + UUID.randomUUID();
        // 2,500 that occurred 8 days ago and were published (more than two batches), 3 from yesterday, published, and
        // 2 from 8 days ago still pending (the broker away)
        outbox(aggregate, 2500, "PUBLISHED", "8 days");
        outbox(aggregate, 3, "PUBLISHED", "1 day");
        outbox(aggregate, 2, "PENDING", "8 days");
        Rows.update(dataSource, "INSERT INTO processed_event (event_id, event_type, source_topic, processed_at) "
                + "SELECT ? || n, 'csip.test.v1', 'inspection-events', now() - interval '8 days' "
                + "FROM generate_series(1, 1200) n", aggregate + "-old-");
        Rows.update(dataSource, "INSERT INTO processed_event (event_id, event_type, source_topic, processed_at) "
                + "VALUES (?, 'csip.test.v1', 'inspection-events', now() - interval '6 days')", aggregate + "-recent");

        MessageLogPruning.Pruned pruned = pruning.prune();

        assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(2500);
        assertThat(pruned.inboxEntries()).isGreaterThanOrEqualTo(1200);
        assertThat(count("SELECT count(*) FROM outbox_event event WHERE aggregate_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM outbox_pending pending WHERE pending.position = event.position)", aggregate))
                .as("published within the retention: kept").isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox_event JOIN outbox_pending USING (position)"
                + " WHERE aggregate_id = ? AND occurred_at < now() - interval '7 days'", aggregate))
                .as("an event not yet on Kafka is never pruned, however old").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id LIKE ? || '%'", aggregate)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_sequence WHERE aggregate_id = ?", aggregate))
                .as("the aggregate keeps its numbering").isEqualTo(1);
    }

    /** {@code rows} events of {@code aggregate} that occurred {@code age} ago, out of the relay's queue if published. */
    private void outbox(String aggregate, int rows, String status, String age) {
        Rows.update(dataSource, """
                WITH numbered AS (
                    INSERT INTO outbox_sequence (aggregate_type, aggregate_id, last_sequence) VALUES ('test', ?, ?::bigint)
                    ON CONFLICT (aggregate_type, aggregate_id)
                    DO UPDATE SET last_sequence = outbox_sequence.last_sequence + excluded.last_sequence
                    RETURNING last_sequence)
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at)
                SELECT gen_random_uuid(), 'test', ?, numbered.last_sequence - n + 1, 'csip.test.v1', '{}',
                       now() - interval '%s'
                FROM numbered, generate_series(1, %d) n""".formatted(age, rows),
                aggregate, String.valueOf(rows), aggregate);
        if (status.equals("PUBLISHED")) {
            // The aggregate's queued events are those just written: its pending ones are written last.
            Rows.update(dataSource, "DELETE FROM outbox_pending WHERE position IN"
                    + " (SELECT position FROM outbox_event WHERE aggregate_id = ?)", aggregate);
        }
    }

    private long count(String sql, String parameter) {
        return Rows.count(dataSource, sql, parameter);
    }
}
