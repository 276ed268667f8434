package org.csip.workforce.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.query.Where;
import org.csip.common.security.Agency;
import org.csip.workforce.events.EventTypes;
import org.csip.workforce.events.WorkforceEvents;
import org.csip.workforce.team.Team;
import org.csip.workforce.team.TeamAccess;

/** Joiners and leavers: each agency's workforce editors keep their own staff (403 across agencies). */
@ApplicationScoped
public class StaffService {
    private final TeamAccess access;
    private final WorkforceEvents events;
    private final Clock clock;

    public StaffService(TeamAccess access, WorkforceEvents events, Clock clock) {
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StaffView join(NewStaffMember request) {
        Team team = access.writable(request.teamId(), "teamId");
        boolean covers = Boolean.TRUE.equals(request.coversVacancy());
        if (covers && request.contract() != Contract.AGENCY) {
            throw ProblemException.invalidField("coversVacancy", "only an agency worker covers a vacancy");
        }
        if (request.startDate().isAfter(today())) {
            throw ProblemException.invalidField("startDate", "is in the future; record a joiner once they start");
        }
        if (StaffMember.count("agency = ?1 and reference = ?2", team.agency, request.reference()) > 0) {
            throw ProblemException.conflict("The " + team.agency.alias() + " already has staff reference "
                    + request.reference());
        }
        StaffMember member = new StaffMember();
        member.id = UUID.randomUUID();
        member.reference = request.reference();
        member.teamId = team.id;
        member.agency = team.agency;
        member.laCode = team.laCode;
        member.role = request.role();
        member.contract = request.contract();
        member.fte = request.fte();
        member.caseHolder = request.caseHolder();
        member.coversVacancy = covers;
        member.startDate = request.startDate();
        member.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        member.persist();
        return announce(member, EventTypes.STAFF_JOINED);
    }

    @Transactional
    public StaffView leave(UUID id, Leaving request) {
        StaffMember member = StaffMember.lockedForChange(id);
        access.requireKeeper(member.agency, member.laCode, "staff " + member.reference);
        if (member.leftOn != null) {
            throw ProblemException.conflict("Staff " + member.reference + " already left on " + member.leftOn);
        }
        if (request.leftOn().isBefore(member.startDate)) {
            throw ProblemException.invalidField("leftOn", "is before they started (" + member.startDate + ")");
        }
        if (request.leftOn().isAfter(today())) {
            throw ProblemException.invalidField("leftOn", "is in the future; record a leaver once they have left");
        }
        if (request.reason() == LeaveReason.OTHER && (request.note() == null || request.note().isBlank())) {
            throw ProblemException.invalidField("note", "says what the reason was when it is OTHER");
        }
        member.leftOn = request.leftOn();
        member.leaveReason = request.reason();
        member.leaveNote = request.note() == null ? null : request.note().strip();
        return announce(member, EventTypes.STAFF_LEFT);
    }

    public StaffView get(UUID id) {
        StaffMember member = ProblemException.found(StaffMember.findById(id), "No staff member " + id);
        access.requireReadable(member.agency, member.laCode);
        return StaffView.of(member);
    }

    /** The caller's agency's staff (any agency's, or every agency's, for the council's plan editors), optionally of one team or in post today. */
    public List<StaffView> list(String laCode, Agency requested, UUID teamId, boolean currentOnly) {
        Agency agency = access.readable(requested, teamId);
        Where where = new Where().and("laCode in :councils", "councils", access.councils(laCode))
                .and("agency = :agency", "agency", agency).and("teamId = :team", "team", teamId);
        if (currentOnly) {
            where.and("leftOn is null", Map.of());
        }
        return StaffMember.<StaffMember>list(where.orderBy("reference"), where.parameters()).stream()
                .map(StaffView::of).toList();
    }

    private StaffView announce(StaffMember member, String type) {
        StaffMember.flush();
        events.publish(type, "staff", member.id, member.agency, member.laCode, StaffChanged.of(member, member.laCode));
        return StaffView.of(member);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
