package org.csip.inspection.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.inspection.events.EventTypes;
import org.csip.inspection.inspection.Inspection;
import org.csip.inspection.inspection.InspectionStatus;
import org.csip.inspection.localauthority.LocalAuthority;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** Records DfE interventions, their adviser reviews and their end, each with its event in one transaction. */
@ApplicationScoped
public class InterventionService {
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public InterventionService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public InterventionView start(NewIntervention request) {
        requireEditor();
        LocalAuthority.requireRegistered(request.laCode());
        caller.requireCovers(request.laCode(), "laCode");
        if (request.triggeredByInspectionId() != null) {
            requireTriggeringInspection(request);
        }
        if (Intervention.count("laCode = ?1 and type = ?2 and endDate is null", request.laCode(), request.type()) > 0) {
            throw ProblemException.conflict(request.laCode() + " already has an open " + request.type()
                    + "; end it before starting another");
        }
        Intervention intervention = new Intervention();
        intervention.id = UUID.randomUUID();
        intervention.laCode = request.laCode();
        intervention.type = request.type();
        intervention.startDate = request.startDate();
        intervention.triggeredBy = request.triggeredByInspectionId();
        intervention.adviser = request.adviser();
        intervention.reviewCadenceWeeks = request.reviewCadenceWeeks();
        intervention.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        intervention.createdBy = caller.reference();
        intervention.persist();
        try {
            Intervention.flush();
        } catch (PersistenceException e) {
            // Two editors starting the same intervention at once: the partial unique index lets one win.
            throw ProblemException.conflict(request.laCode() + " already has an open " + request.type());
        }
        return announce(intervention, EventTypes.INTERVENTION_STARTED);
    }

    /** Records a review the adviser has held; the next review falls one cadence later. */
    @Transactional
    public ReviewView review(UUID id, NewReview request) {
        requireEditor();
        Intervention intervention = Intervention.lockedForChange(id);
        caller.requireCovers(intervention.laCode, "Intervention " + id);
        LocalDate date = request.reviewDate();
        if (date.isBefore(intervention.startDate)) {
            throw ProblemException.invalidField("reviewDate", "must not be before the intervention started ("
                    + intervention.startDate + ")");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("reviewDate", "is in the future: record a review once it is held");
        }
        if (!intervention.isOpen() && date.isAfter(intervention.endDate)) {
            throw ProblemException.invalidField("reviewDate", "is after the intervention ended ("
                    + intervention.endDate + ")");
        }
        if (InterventionReview.count("interventionId = ?1 and reviewDate = ?2", id, date) > 0) {
            throw ProblemException.conflict("A review on " + date + " is already recorded for intervention " + id);
        }
        InterventionReview review = new InterventionReview();
        review.id = UUID.randomUUID();
        review.interventionId = id;
        review.reviewDate = date;
        review.summary = request.summary();
        review.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        review.recordedBy = caller.reference();
        review.persist();
        announce(intervention, EventTypes.INTERVENTION_REVIEWED);
        return ReviewView.of(review);
    }

    @Transactional
    public InterventionView end(UUID id, EndIntervention request) {
        requireEditor();
        Intervention intervention = Intervention.lockedForChange(id);
        caller.requireCovers(intervention.laCode, "Intervention " + id);
        if (!intervention.isOpen()) {
            throw ProblemException.conflict("Intervention " + id + " already ended on " + intervention.endDate);
        }
        LocalDate end = request.endDate();
        if (end.isBefore(intervention.startDate)) {
            throw ProblemException.invalidField("endDate", "must not be before startDate (" + intervention.startDate
                    + ")");
        }
        LocalDate lastReview = InterventionReview.lastReviewDate(id);
        if (lastReview != null && end.isBefore(lastReview)) {
            throw ProblemException.invalidField("endDate", "must not be before the last review (" + lastReview + ")");
        }
        if (end.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("endDate", "is in the future: record the end once it happens");
        }
        intervention.endDate = end;
        intervention.endReason = request.reason();
        return announce(intervention, EventTypes.INTERVENTION_ENDED);
    }

    public InterventionView get(UUID id) {
        return InterventionView.of(readable(id));
    }

    /** The intervention, if the caller covers its council: another council's → 403 (unknown → 404). */
    private Intervention readable(UUID id) {
        Intervention intervention = Intervention.require(id);
        caller.requireCovers(intervention.laCode, "Intervention " + id);
        return intervention;
    }

    /**
     * The interventions of the caller's councils ({@code laCode} narrows to one), most recent first; {@code open=true}
     * keeps only those still in force.
     */
    public List<InterventionView> list(String laCode, boolean openOnly) {
        String query = "laCode in ?1" + (openOnly ? " and endDate is null" : "") + " order by startDate desc, id";
        List<Intervention> found = Intervention.list(query, caller.councilsAskedFor(laCode));
        return found.stream().map(InterventionView::of).toList();
    }

    public List<ReviewView> reviews(UUID id) {
        readable(id);
        return InterventionReview.<InterventionReview>find("interventionId = ?1 order by reviewDate", id).stream()
                .map(ReviewView::of).toList();
    }

    private void requireTriggeringInspection(NewIntervention request) {
        Inspection inspection = Inspection.findById(request.triggeredByInspectionId());
        if (inspection == null) {
            throw ProblemException.invalidField("triggeredByInspectionId", "is not a recorded inspection");
        }
        if (!inspection.laCode.equals(request.laCode())) {
            throw ProblemException.invalidField("triggeredByInspectionId", "is an inspection of " + inspection.laCode
                    + ", not of " + request.laCode());
        }
        if (inspection.status != InspectionStatus.PUBLISHED) {
            throw ProblemException.conflict("An intervention follows a published judgement; inspection "
                    + inspection.id + " is " + inspection.status);
        }
        if (request.startDate().isBefore(inspection.publishedDate)) {
            throw ProblemException.invalidField("startDate", "must not be before the triggering inspection was"
                    + " published (" + inspection.publishedDate + ")");
        }
    }

    private void requireEditor() {
        caller.require(caller.rights().recordsInspections(), "Only the council may record interventions");
    }

    private InterventionView announce(Intervention intervention, String eventType) {
        Intervention.flush();
        ReviewPosition reviews = ReviewPosition.of(intervention);
        outbox.append(new DomainEvent(eventType, "intervention", intervention.id.toString(), intervention.laCode,
                null, InterventionChanged.of(intervention, reviews)));
        return InterventionView.of(intervention, reviews);
    }
}
