package org.csip.actionplan.knowninspection;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.common.security.Addressee;
import org.csip.messaging.inbox.InboxConsumer;
import org.csip.messaging.inbox.IncomingEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns inspections, their findings and the DfE's interventions from inspection-events into this service's read model, each event once
 * (the inbox); a record that cannot be read goes to the dead-letter topic with the reason, and the partition
 * moves on.
 */
@ApplicationScoped
public class InspectionEventsConsumer {
    private static final Logger LOG = Logger.getLogger(InspectionEventsConsumer.class);
    /** Every inspection event carries the whole inspection after the change (docs/events.md). */
    static final String INSPECTION_EVENTS = "csip.inspection.";
    static final String FINDING_RECORDED = "csip.finding.recorded.v1";
    /** The intervention's state after a start, review or end (its review-due notices are not state). */
    static final java.util.Set<String> INTERVENTION_CHANGES = java.util.Set.of("csip.intervention.started.v1",
            "csip.intervention.reviewed.v1", "csip.intervention.ended.v1");

    private final InboxConsumer inbox;

    public InspectionEventsConsumer(InboxConsumer inbox) {
        this.inbox = inbox;
    }

    @Incoming("inspection-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.applyOnceOnAWorker(record, type -> type.startsWith(INSPECTION_EVENTS) || FINDING_RECORDED.equals(type)
                || INTERVENTION_CHANGES.contains(type), event -> {
            if (event.type().startsWith(INSPECTION_EVENTS)) {
                applyInspection(event);
            } else if (FINDING_RECORDED.equals(event.type())) {
                applyFinding(event);
            } else {
                applyIntervention(event);
            }
        });
    }

    /**
     * One inspection's events share a partition and carry the whole inspection, so the latest applied is the latest
     * state; one older than the last applied (a late copy) changes nothing.
     */
    private void applyInspection(IncomingEvent event) {
        UUID id = event.uuid("inspectionId");
        KnownInspection inspection = KnownInspection.findById(id);
        if (inspection == null) {
            inspection = new KnownInspection();
            inspection.inspectionId = id;
        } else if (!event.isNewerThan(inspection.lastSequence)) {
            LOG.debugf("%s %s (number %d) is older than what inspection %s holds (%d): not applied", event.type(),
                    event.id(), event.sequence(), id, inspection.lastSequence);
            return;
        }
        inspection.laCode = event.optionalText("laCode");
        inspection.organisation = event.optionalText("organisation");
        inspection.councils = councils(event, inspection.laCode);
        inspection.inspectorates = inspectorates(event);
        inspection.type = event.text("type");
        inspection.graded = event.data().path("graded").asBoolean();
        inspection.status = Objects.requireNonNullElse(event.optionalText("status"), "NOTIFIED");
        inspection.notifiedDate = event.date("notifiedDate");
        inspection.onSiteStart = event.optionalDate("onSiteStart");
        inspection.onSiteEnd = event.optionalDate("onSiteEnd");
        inspection.publishedDate = event.optionalDate("publishedDate");
        inspection.overallGrade = event.optionalText("overallGrade");
        inspection.responseDue = event.optionalDate("responseDue");
        // Events from before frameworks were data carry no overallGraded: an overall grade, if any, says it.
        JsonNode overallGraded = event.data().path("overallGraded");
        if (overallGraded.isBoolean()) {
            inspection.overallGraded = overallGraded.asBoolean();
        } else {
            inspection.overallGraded = inspection.overallGrade != null ? Boolean.TRUE : null;
        }
        JsonNode judgements = event.data().path("judgements");
        inspection.judgements = judgements.isArray() && !judgements.isEmpty() ? judgements.toString() : null;
        inspection.lastEventId = event.id();
        inspection.lastSequence = event.sequence();
        inspection.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.persist();
    }

    /** An intervention's events share a partition and carry its whole state: the latest applied is the latest. */
    private void applyIntervention(IncomingEvent event) {
        UUID id = event.uuid("interventionId");
        KnownIntervention intervention = KnownIntervention.findById(id);
        if (intervention == null) {
            intervention = new KnownIntervention();
            intervention.interventionId = id;
        } else if (!event.isNewerThan(intervention.lastSequence)) {
            LOG.debugf("%s %s is older than what intervention %s holds: not applied", event.type(), event.id(), id);
            return;
        }
        intervention.laCode = event.text("laCode");
        intervention.type = event.text("type");
        intervention.startDate = event.date("startDate");
        intervention.endDate = event.optionalDate("endDate");
        String triggeredBy = event.optionalText("triggeredByInspectionId");
        intervention.triggeredBy = triggeredBy == null ? null : UUID.fromString(triggeredBy);
        intervention.reviewCadenceWeeks = event.data().path("reviewCadenceWeeks").asInt();
        intervention.lastReviewDate = event.optionalDate("lastReviewDate");
        intervention.nextReviewDue = event.optionalDate("nextReviewDue");
        intervention.lastEventId = event.id();
        intervention.lastSequence = event.sequence();
        intervention.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        intervention.persist();
    }

    /**
     * The councils an inspection concerns: those it names (a force's inspection, and every inspection since issue 23),
     * else its one council (events from before). An event naming neither cannot be placed: it is poison.
     */
    private static String[] councils(IncomingEvent event, String laCode) {
        java.util.TreeSet<String> councils = new java.util.TreeSet<>();
        event.data().path("councils").forEach(code -> {
            if (code.asText().matches("[0-9]{3}")) {
                councils.add(code.asText());
            }
        });
        if (councils.isEmpty() && laCode != null) {
            councils.add(laCode);
        }
        if (councils.isEmpty()) {
            throw new org.csip.messaging.inbox.PoisonEventException(event.type() + " " + event.id()
                    + " names neither laCode nor councils");
        }
        return councils.toArray(String[]::new);
    }

    private static String inspectorates(IncomingEvent event) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        event.data().path("inspectorates").forEach(code -> codes.add(code.asText()));
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    /** Whom the finding tells to act; an event from before findings were addressed names none: the council. */
    private static String addressees(IncomingEvent event) {
        java.util.EnumSet<Addressee> addressees = java.util.EnumSet.noneOf(Addressee.class);
        event.data().path("addressedTo").forEach(name -> Addressee.fromName(name.asText()).ifPresentOrElse(
                addressees::add, () -> LOG.warnf("%s %s names an addressee this service does not know: %s",
                        event.type(), event.id(), name.asText())));
        return Addressee.join(addressees.isEmpty() ? java.util.EnumSet.of(Addressee.COUNCIL) : addressees);
    }

    private void applyFinding(IncomingEvent event) {
        UUID id = event.uuid("findingId");
        KnownFinding finding = KnownFinding.findById(id);
        if (finding == null) {
            finding = new KnownFinding();
            finding.findingId = id;
        } else if (!event.isNewerThan(finding.lastSequence)) {
            LOG.debugf("%s %s is older than what finding %s holds: not applied", event.type(), event.id(), id);
            return;
        }
        finding.inspectionId = event.uuid("inspectionId");
        finding.laCode = event.optionalText("laCode");
        finding.inspectionType = event.text("inspectionType");
        finding.sequence = event.data().path("sequence").asInt();
        finding.kind = event.text("kind");
        finding.area = event.optionalText("area");
        finding.text = event.text("text");
        finding.addressedTo = addressees(event);
        finding.lastEventId = event.id();
        finding.lastSequence = event.sequence();
        finding.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        finding.persist();
    }
}
