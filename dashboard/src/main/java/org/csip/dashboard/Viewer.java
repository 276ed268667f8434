package org.csip.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Rights;
import org.csip.common.security.Tenancy;
import org.csip.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person signed in to the dashboard: their name, agency (none for overseers), the councils their organisation
 * covers or they oversee, realm roles, the access token the dashboard relays to the services on their behalf — the
 * services check it again — and the council whose full view the page shows ({@code viewing}, one of theirs).
 */
@TemplateData
public record Viewer(String name, Optional<Agency> agency, Set<String> councils, Set<String> roles, String bearer,
                     String viewing) {

    public Viewer {
        councils = Set.copyOf(councils);
        roles = Set.copyOf(roles);
    }

    /** Before a council is chosen. */
    public Viewer(String name, Optional<Agency> agency, Set<String> councils, Set<String> roles, String bearer) {
        this(name, agency, councils, roles, bearer, null);
    }

    /**
     * The same person viewing {@code requested} if they cover it, else {@code usual} (the deployment's own council) if
     * they cover that, else the first of theirs; null when they cover none.
     */
    public Viewer viewing(String requested, String usual) {
        String chosen = councils.contains(requested == null ? "" : requested) ? requested
                : councils.contains(usual) ? usual : new java.util.TreeSet<>(councils).stream().findFirst().orElse(null);
        return new Viewer(name, agency, councils, roles, bearer, chosen);
    }

    /** An overseer (adviser, board chair, regional lead): no organisation, councils assigned. */
    public boolean overseer() {
        return agency.isEmpty();
    }

    /** Whether the person covers more than one council (a force, a board, an adviser of several). */
    public boolean acrossCouncils() {
        return councils.size() > 1;
    }

    static Viewer of(SecurityIdentity identity, JsonWebToken idToken, AccessTokenCredential accessToken,
                     Optional<String> singleCouncil) {
        String name = Optional.ofNullable(idToken.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(idToken.<String>getClaim("preferred_username"))).orElse("you");
        Tenancy tenancy = AgencyClaims.tenancyOf(idToken, singleCouncil);
        return new Viewer(name, tenancy.agency(), tenancy.councils(), Set.copyOf(identity.getRoles()),
                "Bearer " + accessToken.getToken());
    }

    /** What the person may do (docs/architecture.md §5). */
    public Rights rights() {
        return new Rights(roles, agency, councils);
    }

    public boolean council() {
        return rights().council();
    }

    /** Council staff and overseers follow every agency's actions; a partner agency its own. */
    public boolean seesAllAgencies() {
        return rights().followsEveryAgency();
    }

    /** Whether the person may report progress on an action {@code leadAgency} leads. */
    public boolean mayReportOn(Agency leadAgency) {
        return rights().reportsProgressOn(leadAgency);
    }

    /** Whose dashboard this is, as the page heading says it. */
    public String agencyLabel() {
        return agency.map(a -> switch (a) {
            case COUNCIL -> "Council";
            case POLICE -> "Police";
            case HEALTH -> "Health";
        }).orElse(roles.contains(Roles.IMPROVEMENT_ADVISER) ? "DfE improvement adviser" : "Improvement board");
    }
}
