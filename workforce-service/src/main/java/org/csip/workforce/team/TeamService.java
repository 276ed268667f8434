package org.csip.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;

/**
 * Teams, scoped by agency (docs/architecture.md §5): a workforce editor or viewer sees and keeps only their
 * own agency's teams; a plan editor reads all.
 */
@ApplicationScoped
public class TeamService {
    private final Caller caller;
    private final TeamAccess access;

    public TeamService(Caller caller, TeamAccess access) {
        this.caller = caller;
        this.access = access;
    }

    public List<TeamView> visibleTeams(Agency requested) {
        Agency agency = access.readable(requested);
        List<Team> teams = agency == null ? Team.list("order by agency, name") : Team.list("agency = ?1 order by name", agency);
        return teams.stream().map(TeamView::of).toList();
    }

    @Transactional
    public TeamView create(NewTeam request) {
        Agency agency = caller.agency().orElseThrow(() ->
                ProblemException.forbidden("Only a partner agency's workforce editor may set up its teams"));
        if (Team.count("agency = ?1 and name = ?2", agency, request.name()) > 0) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.CONFLICT,
                    "The " + agency.alias() + " already has a team named '" + request.name() + "'");
        }
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.agency = agency;
        team.name = request.name();
        team.serviceArea = request.serviceArea();
        team.establishmentFte = request.establishmentFte();
        team.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        team.persist();
        return TeamView.of(team);
    }
}
