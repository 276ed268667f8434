package org.csip.workforce.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;
import org.csip.workforce.staff.StaffRole;

/** A vacancy as the API shows it, with its candidates and, once filled, the time to hire. */
public record VacancyView(UUID id, UUID teamId, Agency agency, StaffRole role, BigDecimal fte, LocalDate openedOn,
                          VacancyStatus status, UUID filledBy, LocalDate filledOn, Long timeToHireDays,
                          LocalDate closedOn, List<CandidateView> candidates, int version) {

    /** A candidate. */
    public record CandidateView(UUID id, String reference, CandidateStage stage, LocalDate appliedOn,
                                LocalDate stageOn) {
        static CandidateView of(Candidate candidate) {
            return new CandidateView(candidate.id, candidate.reference, candidate.stage, candidate.appliedOn,
                    candidate.stageOn);
        }
    }

    public static VacancyView of(Vacancy vacancy) {
        return new VacancyView(vacancy.id, vacancy.teamId, vacancy.agency, vacancy.role, vacancy.fte, vacancy.openedOn,
                vacancy.status, vacancy.filledBy, vacancy.filledOn, vacancy.timeToHireDays(), vacancy.closedOn,
                Candidate.ofVacancy(vacancy.id).stream().map(CandidateView::of).toList(), vacancy.version);
    }
}
