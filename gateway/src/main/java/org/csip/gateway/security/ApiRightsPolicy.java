package org.csip.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.csip.common.security.Agency;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Rights;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Applies {@link ApiRights} to every {@code /api} request: refused here (401/403), it never reaches a service. */
@ApplicationScoped
public class ApiRightsPolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        return identity.map(id -> {
            if (id.isAnonymous()) {
                return CheckResult.DENY;
            }
            Optional<Agency> agency = id.getPrincipal() instanceof JsonWebToken token
                    ? AgencyClaims.agencyOf(token) : Optional.empty();
            return ApiRights.allows(new Rights(id.getRoles(), agency), request.request().method().name(), request.normalizedPath())
                    ? CheckResult.PERMIT : CheckResult.DENY;
        });
    }

    @Override
    public String name() {
        return "csip-rights";
    }
}
