package org.csip.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.csip.messaging.outbox.MessageLogPruning;
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
    void onlyWhatIsPublishedAndPastTheRetentionIsDeletedInBatches() {
        String aggregate = "pruning-" + UUID.randomUUID();
        // 2,500 published 8 days ago (more than two batches), 3 published yesterday, 2 pending for 8 days (broker away)
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
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND status = 'PUBLISHED'", aggregate))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND status = 'PENDING'", aggregate))
                .as("an event not yet on Kafka is never pruned, however old").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id LIKE ? || '%'", aggregate)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_sequence WHERE aggregate_id = ?", aggregate))
                .as("the aggregate keeps its numbering").isEqualTo(1);
    }

    private void outbox(String aggregate, int rows, String status, String age) {
        Rows.update(dataSource, """
                WITH numbered AS (
                    INSERT INTO outbox_sequence (aggregate_type, aggregate_id, last_sequence) VALUES ('test', ?, ?::bigint)
                    ON CONFLICT (aggregate_type, aggregate_id)
                    DO UPDATE SET last_sequence = outbox_sequence.last_sequence + excluded.last_sequence
                    RETURNING last_sequence)
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, sequence, event_type, payload, occurred_at,
                                          status, published_at)
                SELECT gen_random_uuid(), 'test', ?, numbered.last_sequence - n + 1, 'csip.test.v1', '{}',
                       now() - interval '%s', ?, CASE WHEN ? = 'PUBLISHED' THEN now() - interval '%s' END
                FROM numbered, generate_series(1, %d) n""".formatted(age, age, rows),
                aggregate, String.valueOf(rows), aggregate, status, status);
    }

    private long count(String sql, String parameter) {
        return Rows.count(dataSource, sql, parameter);
    }
}
