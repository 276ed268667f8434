package org.csip.workforce.vacancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;
import org.csip.common.query.Where;
import org.csip.common.security.Agency;
import org.csip.workforce.events.EventTypes;
import org.csip.workforce.events.WorkforceEvents;
import org.csip.workforce.staff.Contract;
import org.csip.workforce.staff.StaffMember;
import org.csip.workforce.team.Team;
import org.csip.workforce.team.TeamAccess;

/** Vacancies and recruitment, kept by each agency's workforce editors for their own teams. */
@ApplicationScoped
public class VacancyService {
    private final TeamAccess access;
    private final WorkforceEvents events;
    private final Clock clock;

    public VacancyService(TeamAccess access, WorkforceEvents events, Clock clock) {
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public VacancyView open(Requests.NewVacancy request) {
        Team team = access.writable(request.teamId(), "teamId");
        notFuture(request.openedOn(), "openedOn");
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.teamId = team.id;
        vacancy.agency = team.agency;
        vacancy.laCode = team.laCode;
        vacancy.role = request.role();
        vacancy.fte = request.fte();
        vacancy.openedOn = request.openedOn();
        vacancy.status = VacancyStatus.OPEN;
        vacancy.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        vacancy.persist();
        return announce(vacancy, EventTypes.VACANCY_OPENED);
    }

    @Transactional
    public VacancyView addCandidate(UUID vacancyId, Requests.NewCandidate request) {
        Vacancy vacancy = openForChange(vacancyId);
        notFuture(request.appliedOn(), "appliedOn");
        if (request.appliedOn().isBefore(vacancy.openedOn)) {
            throw ProblemException.invalidField("appliedOn", "is before the vacancy opened (" + vacancy.openedOn + ")");
        }
        if (Candidate.count("vacancyId = ?1 and reference = ?2", vacancyId, request.reference()) > 0) {
            throw ProblemException.conflict("Vacancy " + vacancyId + " already has candidate " + request.reference());
        }
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.vacancyId = vacancyId;
        candidate.reference = request.reference();
        candidate.stage = CandidateStage.APPLIED;
        candidate.appliedOn = request.appliedOn();
        candidate.stageOn = request.appliedOn();
        candidate.persist();
        return VacancyView.of(vacancy);
    }

    /** Moves a candidate one step on (or out); skipping a step is refused with the steps allowed. */
    @Transactional
    public VacancyView moveCandidate(UUID vacancyId, UUID candidateId, Requests.StageChange request) {
        Vacancy vacancy = openForChange(vacancyId);
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null || !candidate.vacancyId.equals(vacancyId)) {
            throw ProblemException.notFound("No candidate " + candidateId + " for vacancy " + vacancyId);
        }
        if (!candidate.stage.next().contains(request.stage())) {
            throw ProblemException.conflict("Candidate " + candidate.reference + " is " + candidate.stage
                    + (candidate.stage.isFinal() ? ", a final stage" : "; the next stage is one of "
                    + candidate.stage.next().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    + " — not " + request.stage());
        }
        LocalDate on = request.on() == null ? today() : request.on();
        notFuture(on, "on");
        if (on.isBefore(candidate.stageOn)) {
            throw ProblemException.invalidField("on", "is before the candidate's last stage (" + candidate.stageOn + ")");
        }
        candidate.stage = request.stage();
        candidate.stageOn = on;
        Candidate.flush();
        return VacancyView.of(vacancy);
    }

    /** Links the vacancy to the permanent starter who filled it; filled on their start date. */
    @Transactional
    public VacancyView fill(UUID vacancyId, Requests.Fill request) {
        Vacancy vacancy = openForChange(vacancyId);
        StaffMember starter = StaffMember.findById(request.staffId());
        if (starter == null || !starter.teamId.equals(vacancy.teamId)) {
            throw ProblemException.invalidField("staffId", "is not a member of the vacancy's team");
        }
        if (starter.contract != Contract.PERMANENT) {
            throw ProblemException.invalidField("staffId", "is an agency worker: agency workers cover vacancies,"
                    + " they do not fill them");
        }
        if (starter.startDate.isBefore(vacancy.openedOn)) {
            throw ProblemException.invalidField("staffId", "started before the vacancy opened (" + vacancy.openedOn + ")");
        }
        if (Vacancy.count("filledBy", starter.id) > 0) {
            throw ProblemException.conflict("Staff " + starter.reference + " already filled another vacancy");
        }
        vacancy.status = VacancyStatus.FILLED;
        vacancy.filledBy = starter.id;
        vacancy.filledOn = starter.startDate;
        return announce(vacancy, EventTypes.VACANCY_FILLED);
    }

    @Transactional
    public VacancyView withdraw(UUID vacancyId, Requests.Withdraw request) {
        Vacancy vacancy = openForChange(vacancyId);
        notFuture(request.closedOn(), "closedOn");
        if (request.closedOn().isBefore(vacancy.openedOn)) {
            throw ProblemException.invalidField("closedOn", "is before the vacancy opened (" + vacancy.openedOn + ")");
        }
        vacancy.status = VacancyStatus.WITHDRAWN;
        vacancy.closedOn = request.closedOn();
        Vacancy.flush();
        return VacancyView.of(vacancy);
    }

    public VacancyView get(UUID id) {
        Vacancy vacancy = ProblemException.found(Vacancy.findById(id), "No vacancy " + id);
        access.requireReadable(vacancy.agency, vacancy.laCode);
        return VacancyView.of(vacancy);
    }

    public List<VacancyView> list(String laCode, Agency requested, UUID teamId, VacancyStatus status) {
        Agency agency = access.readable(requested, teamId);
        Where where = new Where().and("laCode in :councils", "councils", access.councils(laCode))
                .and("agency = :agency", "agency", agency).and("teamId = :team", "team", teamId)
                .and("status = :status", "status", status);
        return Vacancy.<Vacancy>list(where.orderBy("openedOn, id"), where.parameters()).stream()
                .map(VacancyView::of).toList();
    }

    private Vacancy openForChange(UUID vacancyId) {
        Vacancy vacancy = Vacancy.lockedForChange(vacancyId);
        access.requireKeeper(vacancy.agency, vacancy.laCode, "vacancy " + vacancyId);
        if (vacancy.status != VacancyStatus.OPEN) {
            throw ProblemException.conflict("Vacancy " + vacancyId + " is " + vacancy.status);
        }
        return vacancy;
    }

    private VacancyView announce(Vacancy vacancy, String type) {
        Vacancy.flush();
        events.publish(type, "vacancy", vacancy.id, vacancy.agency, vacancy.laCode,
                VacancyChanged.of(vacancy, vacancy.laCode));
        return VacancyView.of(vacancy);
    }

    private void notFuture(LocalDate date, String field) {
        if (date.isAfter(today())) {
            throw ProblemException.invalidField(field, "is in the future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
