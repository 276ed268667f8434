package org.csip.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Rights;
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

    /** What the person may do (docs/architecture.md §5). */
    public Rights rights() {
        return new Rights(roles, agency);
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
