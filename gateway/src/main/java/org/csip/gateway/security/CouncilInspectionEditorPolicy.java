package org.csip.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.csip.common.security.Agency;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Gateway side of the rule "only the council's inspection editors write inspections" (ARCHITECTURE.md §5). */
@ApplicationScoped
public class CouncilInspectionEditorPolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        return identity.map(id -> {
            if (id.isAnonymous()) {
                return CheckResult.DENY;
            }
            boolean council = id.getPrincipal() instanceof JsonWebToken token
                    && AgencyClaims.agencyOf(token).filter(Agency.COUNCIL::equals).isPresent();
            return council && id.hasRole(Roles.INSPECTION_EDITOR) ? CheckResult.PERMIT : CheckResult.DENY;
        });
    }

    @Override
    public String name() {
        return "council-inspection-editor";
    }
}
