package org.csip.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.csip.actionplan.InspectionSide;
import org.csip.messaging.inbox.Inbox;
import org.csip.messaging.inbox.IncomingEvent;
import org.csip.testing.KafkaTestResource;
import org.csip.testing.OidcTestResource;
import org.csip.testing.PostgresTestResource;
import org.csip.testing.Rows;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A failure that may pass is retried in place — the event is applied, not dead-lettered. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class ConsumerRetryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @InjectSpy
    Inbox inbox;

    @Test
    void anEventWhoseFirstTwoAttemptsFailIsAppliedOnTheThird() {
        String eventId = UUID.randomUUID().toString();
        String inspectionId = UUID.randomUUID().toString();
        AtomicInteger attempts = new AtomicInteger();
        doAnswer(call -> {
            IncomingEvent event = call.getArgument(0);
            if (event.id().equals(eventId) && attempts.incrementAndGet() <= 2) {
                throw new PersistenceException("Connection reset (simulated database restart)");
            }
            return call.callRealMethod();
        }).when(inbox).firstDelivery(any());

        new InspectionSide(bootstrapServers, dataSource).send(List.of(InspectionSide.record(
                "csip.inspection.notified.v1", eventId, inspectionId, """
                {"inspectionId": "%s", "laCode": "342", "type": "STANDARD", "graded": true, "status": "NOTIFIED",
                 "notifiedDate": "2019-09-16"}""".formatted(inspectionId))));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM known_inspection WHERE inspection_id = '" + inspectionId + "'") == 1);
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
    }

    private long count(String sql) {
        return Rows.count(dataSource, sql);
    }
}
