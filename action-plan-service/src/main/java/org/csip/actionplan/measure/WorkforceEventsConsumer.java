package org.csip.actionplan.measure;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.common.security.Agency;
import org.csip.messaging.inbox.InboxConsumer;
import org.csip.messaging.inbox.IncomingEvent;
import org.csip.messaging.inbox.PoisonEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds plan measures from workforce-events: each monthly {@code csip.metrics.snapshot.v1} of an agency gives
 * the measures that follow its metrics a value as at the snapshot's date. Idempotent through the inbox; other
 * workforce events are not this service's concern; a snapshot that cannot be read is dead-lettered.
 */
@ApplicationScoped
public class WorkforceEventsConsumer {
    private static final Logger LOG = Logger.getLogger(WorkforceEventsConsumer.class);
    static final String METRICS_SNAPSHOT = "csip.metrics.snapshot.v1";

    private final InboxConsumer inbox;
    private final MeasureService measures;

    public WorkforceEventsConsumer(InboxConsumer inbox, MeasureService measures) {
        this.inbox = inbox;
        this.measures = measures;
    }

    @Incoming("workforce-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.applyOnceOnAWorker(record, METRICS_SNAPSHOT::equals, this::applySnapshot);
    }

    private void applySnapshot(IncomingEvent event) {
        String laCode = event.text("laCode");
        Agency agency = Agency.fromAlias(event.text("agency")).orElseThrow(() -> new PoisonEventException(
                event.type() + " " + event.id() + " names no agency CSIP knows: " + event.optionalText("agency")));
        LocalDate asOf = event.date("asOf");
        int fed = measures.feed(laCode, agency, asOf, metric -> event.optionalNumber(metric.field()), event.id());
        LOG.debugf("Metrics snapshot %s (%s %s as at %s) fed %d measure(s)", event.id(), laCode, agency, asOf, fed);
    }
}
