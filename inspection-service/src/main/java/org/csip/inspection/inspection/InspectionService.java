package org.csip.inspection.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.inspection.localauthority.LocalAuthority;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** Records inspections and announces them: the state and its event are written in one transaction. */
@ApplicationScoped
public class InspectionService {
    private final Outbox outbox;
    private final Caller caller;

    public InspectionService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public InspectionView recordNotification(NewInspection request) {
        caller.requireAgency(Agency.COUNCIL, "record inspections");
        if (LocalAuthority.findById(request.laCode()) == null) {
            throw ProblemException.invalidField("laCode", "is not a local authority in the register");
        }
        requireOrdered(request);
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.laCode = request.laCode();
        inspection.type = request.type();
        inspection.status = InspectionStatus.NOTIFIED;
        inspection.notifiedDate = request.notifiedDate();
        inspection.onSiteStart = request.onSiteStart();
        inspection.onSiteEnd = request.onSiteEnd();
        inspection.leadInspector = request.leadInspector();
        inspection.theme = request.theme();
        inspection.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.createdBy = caller.reference();
        inspection.persist();
        outbox.append(new DomainEvent(InspectionNotified.TYPE, "inspection", inspection.id.toString(),
                inspection.laCode, null, InspectionNotified.of(inspection)));
        return InspectionView.of(inspection);
    }

    public InspectionView get(UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("No inspection " + id);
        }
        return InspectionView.of(inspection);
    }

    public List<InspectionView> list(String laCode, int page, int size) {
        var query = laCode == null
                ? Inspection.<Inspection>find("order by notifiedDate desc, id")
                : Inspection.<Inspection>find("laCode = ?1 order by notifiedDate desc, id", laCode);
        return query.page(page, size).list().stream().map(InspectionView::of).toList();
    }

    private static void requireOrdered(NewInspection request) {
        if (request.onSiteStart() != null && request.onSiteStart().isBefore(request.notifiedDate())) {
            throw ProblemException.invalidField("onSiteStart", "must not be before notifiedDate");
        }
        if (request.onSiteEnd() != null) {
            if (request.onSiteStart() == null) {
                throw ProblemException.invalidField("onSiteStart", "is required when onSiteEnd is given");
            }
            if (request.onSiteEnd().isBefore(request.onSiteStart())) {
                throw ProblemException.invalidField("onSiteEnd", "must not be before onSiteStart");
            }
        }
    }
}
