package org.csip.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;

/**
 * Who may keep and read which agency's workforce detail (docs/architecture.md §5): a workforce editor keeps only their
 * own agency's teams, staff, vacancies and caseloads; viewers and editors read their own agency's; the council's
 * plan editors read every agency's — each only in the councils their organisation covers. Benchmarks are open to all
 * and do not come here.
 */
@ApplicationScoped
public class TeamAccess {
    private final Caller caller;

    public TeamAccess(Caller caller) {
        this.caller = caller;
    }

    /** The team named in a request body, which the caller must keep: unknown → 400 naming the field, another agency's → 403. */
    public Team writable(UUID teamId, String field) {
        Team team = teamId == null ? null : Team.findById(teamId);
        if (team == null) {
            throw ProblemException.invalidField(field, "is not a team CSIP knows");
        }
        requireKeeper(team.agency, team.laCode, "team " + team.name);
        return team;
    }

    /** Refuses (403) a caller who is not a workforce editor of {@code agency} covering the council {@code laCode}. */
    public void requireKeeper(Agency agency, String laCode, String what) {
        caller.require(caller.rights().keepsWorkforceOf(agency), "Only the " + agency.alias()
                + "'s workforce editors may keep the workforce records of " + what);
        caller.requireCovers(laCode, "The workforce records of " + what);
    }

    /**
     * The councils whose records a list reads: all the caller covers, or the one {@code laCode} narrows to (one not
     * covered → 403 naming it); every workforce list is limited to them.
     */
    public java.util.Set<String> councils(String laCode) {
        return caller.councilsAskedFor(laCode);
    }

    /** The agency whose detail the caller may read: null means every agency (the council's plan editors). */
    public Agency readable(Agency requested) {
        if (caller.rights().readsEveryAgencysWorkforce()) {
            return requested;
        }
        Agency own = caller.agency().orElseThrow(() ->
                ProblemException.forbidden("Workforce detail is for partner agencies; overseers see aggregate metrics"));
        if (requested != null && requested != own) {
            throw ProblemException.forbidden("A " + own.alias() + " token may not read " + requested.alias()
                    + " workforce detail");
        }
        return own;
    }

    /**
     * As {@link #readable(Agency)}, for a list narrowed to one team: another agency's team is refused (403) rather
     * than answered with an empty list, and an unknown one is a 400 naming {@code teamId}.
     */
    public Agency readable(Agency requested, UUID teamId) {
        Agency agency = readable(requested);
        if (teamId != null) {
            Team team = Team.findById(teamId);
            if (team == null) {
                throw ProblemException.invalidField("teamId", "is not a team CSIP knows");
            }
            requireReadable(team.agency, team.laCode);
        }
        return agency;
    }

    /** Refuses (403) reading one record of another agency, or of a council the caller does not cover. */
    public void requireReadable(Agency owner, String laCode) {
        caller.requireCovers(laCode, "That workforce record");
        Agency allowed = readable(null);
        if (allowed != null && allowed != owner) {
            throw ProblemException.forbidden("A " + allowed.alias() + " token may not read " + owner.alias()
                    + " workforce detail");
        }
    }
}
