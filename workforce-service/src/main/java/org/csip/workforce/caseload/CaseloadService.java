package org.csip.workforce.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.csip.common.http.QueryParams;
import org.csip.common.problem.ProblemException;
import org.csip.common.query.Where;
import org.csip.common.security.Agency;
import org.csip.workforce.config.WorkforceConfig;
import org.csip.workforce.events.EventTypes;
import org.csip.workforce.events.WorkforceEvents;
import org.csip.workforce.metrics.WorkforceFormulas;
import org.csip.workforce.team.ServiceArea;
import org.csip.workforce.team.Team;
import org.csip.workforce.team.TeamAccess;

/**
 * Caseload snapshots per team. A snapshot above its service area's threshold is announced as a breach — once
 * per team and snapshot, because a team has one snapshot per date.
 */
@ApplicationScoped
public class CaseloadService {
    private final TeamAccess access;
    private final WorkforceEvents events;
    private final WorkforceConfig config;
    private final Clock clock;

    public CaseloadService(TeamAccess access, WorkforceEvents events, WorkforceConfig config, Clock clock) {
        this.access = access;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CaseloadView record(NewCaseload request) {
        Team team = access.writable(request.teamId(), "teamId");
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("asOf", "is in the future");
        }
        if (CaseloadSnapshot.count("teamId = ?1 and asOf = ?2", team.id, request.asOf()) > 0) {
            throw ProblemException.conflict("Team " + team.name + " already has a caseload snapshot as at "
                    + request.asOf());
        }
        CaseloadSnapshot snapshot = new CaseloadSnapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.teamId = team.id;
        snapshot.agency = team.agency;
        snapshot.laCode = team.laCode;
        snapshot.asOf = request.asOf();
        snapshot.cases = request.cases();
        snapshot.caseHolderFte = request.caseHolderFte();
        snapshot.caseload = WorkforceFormulas.caseload(BigDecimal.valueOf(request.cases()), request.caseHolderFte())
                .orElseThrow();
        snapshot.threshold = thresholdFor(team.serviceArea);
        snapshot.breached = snapshot.caseload.compareTo(snapshot.threshold) > 0;
        snapshot.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        snapshot.persist();
        CaseloadRecorded recorded = CaseloadRecorded.of(snapshot, team, team.laCode);
        events.publish(EventTypes.CASELOAD_RECORDED, "team", team.id, team.agency, team.laCode, recorded);
        if (snapshot.breached) {
            events.publish(EventTypes.CASELOAD_THRESHOLD_BREACHED, "team", team.id, team.agency, team.laCode, recorded);
        }
        return view(snapshot, team);
    }

    /** The caller's agency's snapshots (every agency's for the council's plan editors), oldest first. */
    public List<CaseloadView> list(String laCode, Agency requested, UUID teamId, String from, String to) {
        LocalDate since = QueryParams.date(from, "from");
        LocalDate until = QueryParams.date(to, "to");
        QueryParams.requireOrdered(since, until, "from", "to");
        Where where = new Where().and("laCode in :councils", "councils", access.councils(laCode))
                .and("agency = :agency", "agency", access.readable(requested, teamId))
                .and("teamId = :team", "team", teamId).and("asOf >= :from", "from", since)
                .and("asOf <= :to", "to", until);
        List<CaseloadSnapshot> snapshots = CaseloadSnapshot.list(where.orderBy("asOf, teamId"), where.parameters());
        Map<UUID, Team> teams = new HashMap<>();
        snapshots.forEach(s -> teams.computeIfAbsent(s.teamId, id -> Team.findById(id)));
        return snapshots.stream().map(s -> view(s, teams.get(s.teamId))).toList();
    }

    /** The configured threshold of a service area ({@code FRONT_DOOR} → {@code front-door}), else the default. */
    BigDecimal thresholdFor(ServiceArea area) {
        String key = area.name().toLowerCase(Locale.ROOT).replace('_', '-');
        BigDecimal threshold = config.caseloadThresholds().get(key);
        if (threshold == null) {
            threshold = config.caseloadThresholds().get("default");
        }
        if (threshold == null) {
            throw new IllegalStateException("No caseload threshold for " + key + " and no csip.workforce.caseload-thresholds.default");
        }
        return threshold;
    }

    private CaseloadView view(CaseloadSnapshot snapshot, Team team) {
        return new CaseloadView(snapshot.id, snapshot.laCode, snapshot.teamId, team.name, snapshot.agency,
                team.serviceArea.name(), snapshot.asOf, snapshot.cases, snapshot.caseHolderFte, snapshot.caseload,
                snapshot.threshold, snapshot.breached);
    }
}
