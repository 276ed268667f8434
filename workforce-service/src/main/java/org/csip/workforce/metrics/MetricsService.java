package org.csip.workforce.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.csip.common.security.Agency;
import org.csip.common.query.Where;
import org.csip.workforce.caseload.CaseloadSnapshot;
import org.csip.workforce.staff.Contract;
import org.csip.workforce.staff.StaffMember;
import org.csip.workforce.vacancy.Vacancy;

/**
 * Computes the DfE workforce measures of an agency, or of one of its teams, as at a date: in-post and agency FTE
 * on the date, vacancies open on it, permanent leavers in the twelve months to it, and the latest caseload
 * snapshot of each team on or before it.
 */
@ApplicationScoped
public class MetricsService {
    /**
     * The measures of {@code agency}'s workforce in these councils together (or of one of its teams) at a date: a
     * council's own, or a force's or board's across the councils it covers. The figures name the council when one.
     */
    @Transactional
    public WorkforceMetrics asOf(Set<String> councils, Agency agency, UUID teamId, LocalDate date) {
        Where where = new Where().and("laCode in :councils", "councils", councils)
                .and("agency = :agency", "agency", agency).and("teamId = :team", "team", teamId);
        List<StaffMember> staff = StaffMember.list(where.orderBy("id"), where.parameters());
        List<Vacancy> vacancies = Vacancy.list(where.orderBy("id"), where.parameters());
        List<CaseloadSnapshot> snapshots = CaseloadSnapshot.list(
                where.and("asOf <= :date", "date", date).orderBy("asOf"), where.parameters());

        BigDecimal inPost = fte(staff, m -> m.contract == Contract.PERMANENT && m.inPostOn(date));
        BigDecimal agencyFte = fte(staff, m -> m.contract == Contract.AGENCY && m.inPostOn(date));
        BigDecimal cover = fte(staff, m -> m.contract == Contract.AGENCY && m.coversVacancy && m.inPostOn(date));
        BigDecimal leavers = fte(staff, m -> m.contract == Contract.PERMANENT && m.leftOn != null
                && m.leftOn.isAfter(date.minusYears(1)) && !m.leftOn.isAfter(date));
        BigDecimal vacancyFte = vacancies.stream().filter(v -> v.openOn(date)).map(v -> v.fte)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<UUID, CaseloadSnapshot> latest = snapshots.stream().collect(Collectors.toMap(s -> s.teamId, s -> s,
                (a, b) -> a.asOf.isAfter(b.asOf) ? a : b));
        Integer cases = latest.isEmpty() ? null : latest.values().stream().mapToInt(s -> s.cases).sum();
        BigDecimal caseHolderFte = latest.isEmpty() ? null : latest.values().stream().map(s -> s.caseHolderFte)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        String laCode = councils.size() == 1 ? councils.iterator().next() : null;
        return new WorkforceMetrics(laCode, agency, teamId, date, inPost, agencyFte, cover, vacancyFte, leavers,
                cases, caseHolderFte,
                WorkforceFormulas.turnoverRate(leavers, inPost).orElse(null),
                WorkforceFormulas.vacancyRate(vacancyFte, inPost).orElse(null),
                WorkforceFormulas.agencyRate(agencyFte, inPost).orElse(null),
                WorkforceFormulas.agencyCoverRate(cover, agencyFte).orElse(null),
                WorkforceFormulas.vacancyAgencyCoverRate(cover, vacancyFte).orElse(null),
                cases == null ? null : WorkforceFormulas.caseload(BigDecimal.valueOf(cases), caseHolderFte).orElse(null));
    }

    /** The measures at each of the {@code months} month-ends up to {@code to}, oldest first. */
    @Transactional
    public List<WorkforceMetrics> monthly(Set<String> councils, Agency agency, UUID teamId, LocalDate to, int months) {
        LocalDate end = to.withDayOfMonth(to.lengthOfMonth()).isAfter(to)
                ? to.withDayOfMonth(1).minusDays(1) : to;
        List<WorkforceMetrics> history = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            LocalDate monthEnd = end.minusMonths(i);
            history.add(asOf(councils, agency, teamId, monthEnd.withDayOfMonth(monthEnd.lengthOfMonth())));
        }
        history.sort(Comparator.comparing(WorkforceMetrics::asOf));
        return history;
    }

    private static BigDecimal fte(List<StaffMember> staff, Predicate<StaffMember> counted) {
        return staff.stream().filter(counted).map(m -> m.fte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
