package org.csip.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event a service does not apply is passed over on its headers alone, its body unread; a wanted one is still
 * read, and a record that is no CloudEvent is still a poison message. Plain JUnit: no transaction is reached.
 */
class InboxConsumerTest {
    private final InboxConsumer inbox = new InboxConsumer(null, new ObjectMapper(), null);
    private final List<IncomingEvent> applied = new ArrayList<>();

    @Test
    void anEventOfATypeNotWantedIsPassedOverWithoutReadingItsBody() {
        inbox.applyOnce(record("csip.staff.joined.v1", "not JSON at all"), "csip.metrics.snapshot.v1"::equals,
                applied::add);

        assertThat(applied).isEmpty();
    }

    @Test
    void aWantedEventWhoseBodyCannotBeReadIsAPoisonMessage() {
        assertThatThrownBy(() -> inbox.applyOnce(record("csip.metrics.snapshot.v1", "not JSON at all"),
                "csip.metrics.snapshot.v1"::equals, applied::add))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("cannot be read");
        assertThat(applied).isEmpty();
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsAPoisonMessageWhateverIsWanted() {
        ConsumerRecord<String, String> bare = new ConsumerRecord<>("workforce-events", 0, 7, "key", "{}");

        assertThatThrownBy(() -> inbox.applyOnce(bare, type -> false, applied::add))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_id");
    }

    /** A record carrying only the CloudEvent headers the inbox reads first: its id and type. */
    static ConsumerRecord<String, String> record(String type, String body) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("workforce-events", 0, 7, "key", body);
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
