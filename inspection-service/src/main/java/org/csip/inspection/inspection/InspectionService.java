package org.csip.inspection.inspection;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.csip.common.http.IfMatch;
import org.csip.common.query.Where;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.common.inspection.InspectionKind;
import org.csip.inspection.events.EventTypes;
import org.csip.inspection.finding.FindingService;
import org.csip.inspection.localauthority.LocalAuthority;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/**
 * An inspection's life — notified, on site, published with its judgements and findings, or withdrawn —
 * with each change and its event written in one transaction.
 */
@ApplicationScoped
public class InspectionService {
    private final Outbox outbox;
    private final Caller caller;
    private final FindingService findings;
    private final InspectionAccess access;

    public InspectionService(Outbox outbox, Caller caller, FindingService findings, InspectionAccess access) {
        this.outbox = outbox;
        this.caller = caller;
        this.findings = findings;
        this.access = access;
    }

    @Transactional
    public InspectionView recordNotification(NewInspection request) {
        InspectionKind kind = request.type().kind();
        access.requireEditorOf(kind);
        Inspection inspection = new Inspection();
        if (kind.inspects().organisation()) {
            belongToCallersOrganisation(inspection, request);
        } else {
            if (request.laCode() == null) {
                throw ProblemException.invalidField("laCode", "is required: a " + kind.code() + " inspects a council's"
                        + " services or its area's partnership");
            }
            LocalAuthority.requireRegistered(request.laCode());
            caller.requireCovers(request.laCode(), "laCode");
            inspection.laCode = request.laCode();
            inspection.councils = new String[] {request.laCode()};
        }
        requireOrdered(request.notifiedDate(), request.onSiteStart(), request.onSiteEnd());
        inspection.id = UUID.randomUUID();
        inspection.type = request.type();
        inspection.inspectorates = InspectorateNames.checked(kind, request.inspectorates(), "inspectorates");
        inspection.status = InspectionStatus.NOTIFIED;
        inspection.notifiedDate = request.notifiedDate();
        inspection.onSiteStart = request.onSiteStart();
        inspection.onSiteEnd = request.onSiteEnd();
        inspection.leadInspector = request.leadInspector();
        inspection.theme = request.theme();
        inspection.reportUrl = request.reportUrl();
        inspection.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.createdBy = caller.reference();
        inspection.persist();
        return announce(inspection, EventTypes.INSPECTION_NOTIFIED);
    }

    /**
     * An inspection of an organisation (a force) is the recording editor's organisation's, and concerns every
     * council the organisation covers now: the token says which (docs/inspections.md#kinds).
     */
    private void belongToCallersOrganisation(Inspection inspection, NewInspection request) {
        if (request.laCode() != null) {
            throw ProblemException.invalidField("laCode", "must be left out: a " + request.type() + " belongs to the"
                    + " force inspected and so to every council it covers, not to one");
        }
        String organisation = caller.tenancy().organisation().orElseThrow(() -> ProblemException.forbidden(
                "A " + request.type() + " belongs to the organisation inspected; this token speaks for none"));
        Set<String> councils = caller.tenancy().councilsInOrder();
        if (councils.isEmpty()) {
            throw ProblemException.forbidden(organisation + " covers no council, so its inspection would concern none");
        }
        councils.forEach(LocalAuthority::requireRegistered);
        inspection.organisation = organisation;
        inspection.councils = councils.toArray(String[]::new);
    }

    /** Replaces the editable fields; refuses a stale {@code If-Match} and changes a published report cannot take. */
    @Transactional
    public InspectionView update(UUID id, String ifMatch, InspectionChanges changes) {
        Inspection inspection = access.changeable(id);
        IfMatch.require(ifMatch, inspection.version, "Inspection " + id);
        if (inspection.status == InspectionStatus.WITHDRAWN) {
            throw ProblemException.conflict("Inspection " + id + " was withdrawn; a withdrawn record is not edited");
        }
        requireOrdered(changes.notifiedDate(), changes.onSiteStart(), changes.onSiteEnd());
        if (inspection.status == InspectionStatus.ON_SITE && changes.onSiteStart() == null) {
            throw ProblemException.invalidField("onSiteStart", "is required once inspectors are on site");
        }
        if (changes.type().inspects() != inspection.type.inspects()) {
            throw ProblemException.conflict("Inspection " + id + " is a " + inspection.type + ", an inspection of a "
                    + inspection.type.inspects().name().toLowerCase(java.util.Locale.ROOT) + "; it cannot become a "
                    + changes.type() + ", which inspects a " + changes.type().inspects().name()
                    .toLowerCase(java.util.Locale.ROOT) + ": withdraw it and record the other");
        }
        if (inspection.status == InspectionStatus.PUBLISHED) {
            requirePublishedStillConsistent(inspection, changes);
        }
        String inspectorates = InspectorateNames.checked(changes.type().kind(), changes.inspectorates(),
                "inspectorates");
        if (unchanged(inspection, changes) && inspectorates.equals(inspection.inspectorates)) {
            return InspectionView.of(inspection);
        }
        inspection.inspectorates = inspectorates;
        inspection.type = changes.type();
        inspection.notifiedDate = changes.notifiedDate();
        inspection.onSiteStart = changes.onSiteStart();
        inspection.onSiteEnd = changes.onSiteEnd();
        inspection.leadInspector = changes.leadInspector();
        inspection.theme = changes.theme();
        inspection.reportUrl = changes.reportUrl();
        return announce(touched(inspection), EventTypes.INSPECTION_UPDATED);
    }

    /** Inspectors are on site: {@code NOTIFIED → ON_SITE}. */
    @Transactional
    public InspectionView start(UUID id, String ifMatch, StartInspection request) {
        Inspection inspection = access.changeable(id);
        IfMatch.checkIfPresent(ifMatch, inspection.version, "Inspection " + id);
        if (inspection.status != InspectionStatus.NOTIFIED) {
            throw ProblemException.conflict("Only a NOTIFIED inspection can start; inspection " + id + " is "
                    + inspection.status);
        }
        LocalDate onSiteStart = request != null && request.onSiteStart() != null
                ? request.onSiteStart() : inspection.onSiteStart;
        if (onSiteStart == null) {
            throw ProblemException.invalidField("onSiteStart", "is required to start an inspection");
        }
        requireOrdered(inspection.notifiedDate, onSiteStart, inspection.onSiteEnd);
        inspection.onSiteStart = onSiteStart;
        inspection.status = InspectionStatus.ON_SITE;
        return announce(touched(inspection), EventTypes.INSPECTION_STARTED);
    }

    /**
     * The report is out: {@code NOTIFIED|ON_SITE → PUBLISHED} with the judgements its framework requires and
     * any findings, all or nothing. A notified visit may be published directly when recording history.
     */
    @Transactional
    public InspectionView publish(UUID id, String ifMatch, PublishInspection request) {
        Inspection inspection = access.changeable(id);
        IfMatch.checkIfPresent(ifMatch, inspection.version, "Inspection " + id);
        if (inspection.status == InspectionStatus.PUBLISHED || inspection.status == InspectionStatus.WITHDRAWN) {
            throw ProblemException.conflict("Inspection " + id + " is already " + inspection.status
                    + "; only a NOTIFIED or ON_SITE inspection can be published");
        }
        // What the request says, else what is recorded; neither → 400 naming the field (never a 500).
        LocalDate onSiteStart = request.onSiteStart() != null ? request.onSiteStart() : inspection.onSiteStart;
        LocalDate onSiteEnd = request.onSiteEnd() != null ? request.onSiteEnd() : inspection.onSiteEnd;
        if (onSiteStart == null) {
            throw ProblemException.invalidField("onSiteStart", "is required to publish: the framework depends on it");
        }
        if (onSiteEnd == null) {
            throw ProblemException.invalidField("onSiteEnd", "is required to publish");
        }
        requireOrdered(inspection.notifiedDate, onSiteStart, onSiteEnd);
        if (inspection.type.kind().themed() && (inspection.theme == null || inspection.theme.isBlank())) {
            throw ProblemException.invalidField("theme", "a " + inspection.type + " is published with its theme (what"
                    + " it looked at, such as the response to children at risk of exploitation): record it first");
        }
        if (request.publishedDate().isBefore(onSiteEnd)) {
            throw ProblemException.invalidField("publishedDate", "must not be before onSiteEnd (" + onSiteEnd + ")");
        }
        Framework framework = JudgementRules.check(inspection.type, onSiteStart, request.judgementsOrEmpty());
        inspection.onSiteStart = onSiteStart;
        inspection.onSiteEnd = onSiteEnd;
        inspection.publishedDate = request.publishedDate();
        inspection.framework = framework.code();
        if (request.leadInspector() != null) {
            inspection.leadInspector = request.leadInspector();
        }
        if (request.reportUrl() != null) {
            inspection.reportUrl = request.reportUrl();
        }
        if (request.responseDue() != null && request.responseDue().isBefore(request.publishedDate())) {
            throw ProblemException.invalidField("responseDue", "must not be before publishedDate ("
                    + request.publishedDate() + "): the response is due after the report");
        }
        inspection.responseDue = request.responseDue();
        request.judgementsOrEmpty().forEach(j -> inspection.judgements.put(j.area().code(), j.grade().code()));
        inspection.status = InspectionStatus.PUBLISHED;
        InspectionView published = announce(touched(inspection), EventTypes.INSPECTION_PUBLISHED);
        for (int i = 0; i < request.findingsOrEmpty().size(); i++) {
            findings.record(inspection, request.findingsOrEmpty().get(i), "findings[" + i + "].");
        }
        return published;
    }

    /** Ofsted called it off: {@code NOTIFIED|ON_SITE → WITHDRAWN}, with the reason kept. */
    @Transactional
    public InspectionView withdraw(UUID id, String ifMatch, WithdrawInspection request) {
        Inspection inspection = access.changeable(id);
        IfMatch.checkIfPresent(ifMatch, inspection.version, "Inspection " + id);
        if (inspection.status == InspectionStatus.PUBLISHED || inspection.status == InspectionStatus.WITHDRAWN) {
            throw ProblemException.conflict("Inspection " + id + " is " + inspection.status
                    + "; only a NOTIFIED or ON_SITE inspection can be withdrawn");
        }
        inspection.status = InspectionStatus.WITHDRAWN;
        inspection.withdrawnReason = request.reason().strip();
        return announce(touched(inspection), EventTypes.INSPECTION_WITHDRAWN);
    }

    public InspectionView get(UUID id) {
        return InspectionView.of(readable(id));
    }

    /** The inspection, if the caller may read it ({@link InspectionAccess#readable}). */
    public Inspection readable(UUID id) {
        return access.readable(id);
    }

    /** One page of inspections, most recent visit first, and how many match in all. */
    public InspectionPage list(InspectionFilter filter, int page, int size) {
        Where where = new Where()
                .and("array_intersects(councils, :councils)", "councils",
                        caller.councilsAskedFor(filter.laCode()).toArray(String[]::new))
                .and("type = :type", "type", filter.type())
                .and("status = :status", "status", filter.status())
                .and("coalesce(onSiteStart, notifiedDate) >= :from", "from", filter.from())
                .and("coalesce(onSiteStart, notifiedDate) <= :to", "to", filter.to());
        PanacheQuery<Inspection> query = Inspection.find(
                where.orderBy("coalesce(onSiteStart, notifiedDate) desc, id"), where.parameters());
        List<InspectionView> items = query.page(page, size).list().stream().map(InspectionView::of).toList();
        return new InspectionPage(items, query.count());
    }

    private Inspection touched(Inspection inspection) {
        inspection.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.updatedBy = caller.reference();
        return inspection;
    }

    /** Flushes first, so the event carries the version the change was committed at. */
    private InspectionView announce(Inspection inspection, String eventType) {
        Inspection.flush();
        outbox.append(new DomainEvent(eventType, "inspection", inspection.id.toString(), inspection.laCode, null,
                InspectionChanged.of(inspection), inspection.eventCouncils()));
        return InspectionView.of(inspection);
    }

    private static void requirePublishedStillConsistent(Inspection inspection, InspectionChanges changes) {
        if (!changes.type().equals(inspection.type)) {
            throw ProblemException.conflict("Inspection " + inspection.id + " was published as " + inspection.type
                    + " and its judgements follow that type, so the type cannot change");
        }
        if (changes.onSiteStart() == null || changes.onSiteEnd() == null) {
            throw ProblemException.invalidField(changes.onSiteStart() == null ? "onSiteStart" : "onSiteEnd",
                    "is required on a published inspection");
        }
        if (changes.onSiteEnd().isAfter(inspection.publishedDate)) {
            throw ProblemException.invalidField("onSiteEnd", "must not be after publishedDate ("
                    + inspection.publishedDate + ")");
        }
        String framework = Frameworks.of(changes.type(), changes.onSiteStart()).map(Framework::code).orElse(null);
        if (!inspection.framework.equals(framework)) {
            throw ProblemException.conflict("Moving onSiteStart to " + changes.onSiteStart() + " would change the"
                    + " framework from " + inspection.framework + "; the recorded judgements would no longer fit it");
        }
    }

    private static boolean unchanged(Inspection inspection, InspectionChanges changes) {
        return inspection.type.equals(changes.type())
                && Objects.equals(inspection.notifiedDate, changes.notifiedDate())
                && Objects.equals(inspection.onSiteStart, changes.onSiteStart())
                && Objects.equals(inspection.onSiteEnd, changes.onSiteEnd())
                && Objects.equals(inspection.leadInspector, changes.leadInspector())
                && Objects.equals(inspection.theme, changes.theme())
                && Objects.equals(inspection.reportUrl, changes.reportUrl());
    }

    /** docs/domain.md §2: notified ≤ on-site start ≤ on-site end. */
    private static void requireOrdered(LocalDate notified, LocalDate onSiteStart, LocalDate onSiteEnd) {
        if (onSiteStart != null && onSiteStart.isBefore(notified)) {
            throw ProblemException.invalidField("onSiteStart", "must not be before notifiedDate");
        }
        if (onSiteEnd != null) {
            if (onSiteStart == null) {
                throw ProblemException.invalidField("onSiteStart", "is required when onSiteEnd is given");
            }
            if (onSiteEnd.isBefore(onSiteStart)) {
                throw ProblemException.invalidField("onSiteEnd", "must not be before onSiteStart");
            }
        }
    }
}
