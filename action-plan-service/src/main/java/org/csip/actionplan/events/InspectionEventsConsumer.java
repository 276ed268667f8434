package org.csip.actionplan.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.actionplan.knowninspection.KnownInspection;
import org.csip.messaging.inbox.Inbox;
import org.csip.messaging.inbox.IncomingEvent;
import org.csip.messaging.inbox.PoisonEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns inspections and their findings from inspection-events into this service's read model. Idempotent through the
 * inbox; a record that cannot be read goes to the dead-letter topic with the reason, and the partition
 * moves on.
 */
@ApplicationScoped
public class InspectionEventsConsumer {
    private static final Logger LOG = Logger.getLogger(InspectionEventsConsumer.class);
    /** Every inspection event carries the whole inspection after the change (docs/events.md). */
    static final String INSPECTION_EVENTS = "csip.inspection.";
    static final String FINDING_RECORDED = "csip.finding.recorded.v1";

    private final Inbox inbox;
    private final ObjectMapper mapper;

    public InspectionEventsConsumer(Inbox inbox, ObjectMapper mapper) {
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @Incoming("inspection-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!inbox.firstDelivery(event)) {
            LOG.debugf("Event %s already applied; redelivery ignored", event.id());
            return;
        }
        if (event.type() != null && event.type().startsWith(INSPECTION_EVENTS)) {
            applyInspection(event);
        } else if (FINDING_RECORDED.equals(event.type())) {
            applyFinding(event);
        }
    }

    /** One inspection's events share a partition, so the latest applied is the latest state. */
    private void applyInspection(IncomingEvent event) {
        JsonNode data = event.data();
        UUID id = uuid(data, "inspectionId", event);
        KnownInspection inspection = KnownInspection.findById(id);
        if (inspection == null) {
            inspection = new KnownInspection();
            inspection.inspectionId = id;
        }
        inspection.laCode = text(data, "laCode", event);
        inspection.type = text(data, "type", event);
        inspection.graded = data.path("graded").asBoolean();
        inspection.status = data.hasNonNull("status") ? data.get("status").asText() : "NOTIFIED";
        inspection.notifiedDate = LocalDate.parse(text(data, "notifiedDate", event));
        inspection.onSiteStart = date(data, "onSiteStart");
        inspection.onSiteEnd = date(data, "onSiteEnd");
        inspection.publishedDate = date(data, "publishedDate");
        inspection.overallGrade = data.hasNonNull("overallGrade") ? data.get("overallGrade").asText() : null;
        inspection.lastEventId = event.id();
        inspection.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.persist();
    }

    private void applyFinding(IncomingEvent event) {
        JsonNode data = event.data();
        UUID id = uuid(data, "findingId", event);
        KnownFinding finding = KnownFinding.findById(id);
        if (finding == null) {
            finding = new KnownFinding();
            finding.findingId = id;
        }
        finding.inspectionId = uuid(data, "inspectionId", event);
        finding.laCode = text(data, "laCode", event);
        finding.inspectionType = text(data, "inspectionType", event);
        finding.sequence = data.path("sequence").asInt();
        finding.kind = text(data, "kind", event);
        finding.area = data.hasNonNull("area") ? data.get("area").asText() : null;
        finding.text = text(data, "text", event);
        finding.lastEventId = event.id();
        finding.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        finding.persist();
    }

    private static String text(JsonNode data, String field, IncomingEvent event) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no " + field);
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode data, String field, IncomingEvent event) {
        try {
            return UUID.fromString(text(data, field, event));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has an invalid " + field, e);
        }
    }

    private static LocalDate date(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
