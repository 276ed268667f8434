package org.csip.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.query.Where;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;

/**
 * Teams, scoped by agency and council (docs/architecture.md §5): a workforce editor or viewer sees and keeps only their
 * own agency's teams; a plan editor reads all; each only in the councils their organisation covers.
 */
@ApplicationScoped
public class TeamService {
    private final Caller caller;
    private final TeamAccess access;

    public TeamService(Caller caller, TeamAccess access) {
        this.caller = caller;
        this.access = access;
    }

    public List<TeamView> visibleTeams(String laCode, Agency requested) {
        Agency agency = access.readable(requested);
        Where where = new Where().and("laCode in :councils", "councils", access.councils(laCode))
                .and("agency = :agency", "agency", agency);
        return Team.<Team>list(where.orderBy("laCode, agency, name"), where.parameters()).stream()
                .map(TeamView::of).toList();
    }

    @Transactional
    public TeamView create(NewTeam request) {
        Agency agency = caller.agency().orElseThrow(() ->
                ProblemException.forbidden("Only a partner agency's workforce editor may set up its teams"));
        String laCode = councilOf(request.laCode());
        if (Team.count("laCode = ?1 and agency = ?2 and name = ?3", laCode, agency, request.name()) > 0) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.CONFLICT,
                    "The " + agency.alias() + " already has a team named '" + request.name() + "' in council " + laCode);
        }
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.agency = agency;
        team.laCode = laCode;
        team.name = request.name();
        team.serviceArea = request.serviceArea();
        team.establishmentFte = request.establishmentFte();
        team.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        team.persist();
        return TeamView.of(team);
    }

    /** The council a new team serves: the one named, which the caller must cover, or the caller's only one. */
    private String councilOf(String named) {
        if (named != null) {
            caller.requireCovers(named, "laCode");
            return named;
        }
        if (caller.councils().size() == 1) {
            return caller.councils().iterator().next();
        }
        throw ProblemException.invalidField("laCode", "name the council the team serves: this token covers "
                + caller.coverage());
    }
}
