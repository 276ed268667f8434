package org.csip.gateway.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person signed in to the dashboard: their name, agency (none for overseers), realm roles, and the access token
 * the dashboard relays to the services on their behalf — the services check it again.
 */
@TemplateData
public record Viewer(String name, Optional<Agency> agency, Set<String> roles, String bearer) {

    static Viewer of(SecurityIdentity identity, JsonWebToken idToken, AccessTokenCredential accessToken) {
        String name = Optional.ofNullable(idToken.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(idToken.<String>getClaim("preferred_username"))).orElse("you");
        return new Viewer(name, AgencyClaims.agencyOf(idToken), Set.copyOf(identity.getRoles()),
                "Bearer " + accessToken.getToken());
    }

    public boolean council() {
        return agency.filter(Agency.COUNCIL::equals).isPresent();
    }

    /** Council staff and overseers follow every agency's actions; a partner agency its own. */
    public boolean seesAllAgencies() {
        return council() || agency.isEmpty();
    }

    /** docs/architecture.md §5: the lead agency's action owners, or the council's plan editors. */
    public boolean mayReportOn(Agency leadAgency) {
        return (council() && roles.contains(Roles.PLAN_EDITOR))
                || (roles.contains(Roles.ACTION_OWNER) && agency.filter(leadAgency::equals).isPresent());
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
