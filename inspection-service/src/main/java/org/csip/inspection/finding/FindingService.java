package org.csip.inspection.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import org.csip.common.security.Addressee;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.inspection.events.EventTypes;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.Frameworks;
import org.csip.inspection.inspection.Inspection;
import org.csip.inspection.inspection.InspectionAccess;
import org.csip.inspection.inspection.JudgementArea;
import org.csip.inspection.inspection.InspectionStatus;
import org.csip.inspection.inspection.InspectionType;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** Records an inspection's findings in report order and announces each; the plans' coverage starts here. */
@ApplicationScoped
public class FindingService {
    private final Outbox outbox;
    private final Caller caller;

    private final InspectionAccess access;

    public FindingService(Outbox outbox, Caller caller, InspectionAccess access) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public FindingView record(UUID inspectionId, NewFinding finding) {
        caller.require(caller.rights().recordsSomeInspections(), "Only inspection editors may record findings");
        return record(access.changeable(inspectionId), finding, "");
    }

    /**
     * Adds a finding to an inspection the caller has locked, in the caller's transaction. {@code fieldPrefix}
     * places refusals inside a larger request (e.g. {@code findings[2].}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FindingView record(Inspection inspection, NewFinding request, String fieldPrefix) {
        access.requireMayChange(inspection);
        if (inspection.status != InspectionStatus.PUBLISHED) {
            throw ProblemException.conflict("Findings come from the published report: inspection " + inspection.id
                    + " is " + inspection.status + "; publish it first");
        }
        Framework framework = Frameworks.get(inspection.framework);
        if (request.area() != null && framework.graded() && !framework.grades(request.area())) {
            throw ProblemException.invalidField(fieldPrefix + "area", request.area() + " is not judged under "
                    + framework.name() + "; its areas are " + framework.areaCodes().stream()
                    .map(JudgementArea::code).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (request.area() != null && !Frameworks.known(request.area())) {
            throw ProblemException.invalidField(fieldPrefix + "area", request.area() + " is not an area any"
                    + " inspection framework grades");
        }
        if (request.kind() == FindingKind.PRIORITY_ACTION && InspectionType.PEER_REVIEW.equals(inspection.type)) {
            throw ProblemException.invalidField(fieldPrefix + "kind", "a peer review is not an Ofsted visit and"
                    + " names no priority actions");
        }
        Set<Addressee> addressees = addressees(inspection.type, request.addressedTo(), fieldPrefix);
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.inspectionId = inspection.id;
        finding.sequence = nextSequence(inspection.id);
        finding.kind = request.kind();
        finding.area = request.area() == null ? null : request.area().code();
        finding.text = request.text().strip();
        finding.addressedTo = Addressee.join(addressees);
        finding.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        finding.recordedBy = caller.reference();
        finding.persist();
        // Keyed by the inspection, so a finding never overtakes the inspection's publication on Kafka.
        outbox.append(new DomainEvent(EventTypes.FINDING_RECORDED, "inspection", inspection.id.toString(),
                inspection.laCode, null, FindingRecorded.of(finding, inspection),
                inspection.eventCouncils()));
        return FindingView.of(finding);
    }

    /** Whom the finding tells to act: as given, if this kind of inspection may address them, else its usual one. */
    private static Set<Addressee> addressees(InspectionType type, List<Addressee> given, String fieldPrefix) {
        if (given == null) {
            return EnumSet.of(type.usualAddressee());
        }
        EnumSet<Addressee> addressees = EnumSet.copyOf(given);
        addressees.removeAll(type.addressees());
        if (!addressees.isEmpty()) {
            throw ProblemException.invalidField(fieldPrefix + "addressedTo", "a " + type.label().toLowerCase(
                    java.util.Locale.ROOT) + " does not address " + Addressee.join(addressees) + "; it addresses "
                    + Addressee.join(type.addressees()));
        }
        return EnumSet.copyOf(given);
    }

    public List<FindingView> list(UUID inspectionId) {
        access.readable(inspectionId);
        return Finding.<Finding>find("inspectionId = ?1 order by sequence", inspectionId).stream()
                .map(FindingView::of).toList();
    }

    public FindingView get(UUID inspectionId, UUID findingId) {
        access.readable(inspectionId);
        Finding finding = Finding.findById(findingId);
        if (finding == null || !finding.inspectionId.equals(inspectionId)) {
            throw ProblemException.notFound("No finding " + findingId + " of inspection " + inspectionId);
        }
        return FindingView.of(finding);
    }

    /** How many findings of each kind each of these inspections has. */
    public Map<UUID, Map<FindingKind, Long>> countsByKind(List<UUID> inspectionIds) {
        Map<UUID, Map<FindingKind, Long>> counts = new HashMap<>();
        if (inspectionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Finding.getEntityManager().createQuery(
                "select f.inspectionId, f.kind, count(f) from Finding f where f.inspectionId in ?1"
                        + " group by f.inspectionId, f.kind", Object[].class)
                .setParameter(1, inspectionIds).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(FindingKind.class))
                    .put((FindingKind) row[1], (Long) row[2]);
        }
        return counts;
    }

    private static int nextSequence(UUID inspectionId) {
        Integer max = Finding.getEntityManager()
                .createQuery("select max(f.sequence) from Finding f where f.inspectionId = ?1", Integer.class)
                .setParameter(1, inspectionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
