package org.csip.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.csip.common.security.AgencyClaims;
import org.csip.common.security.Rights;
import org.csip.common.security.Tenancy;
import org.csip.common.security.TenancyConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies {@link ApiRights} to every {@code /api} request, and refuses a {@code laCode} filter naming a council the
 * token does not cover (except on the DfE's published statistics): refused here (401/403), it never reaches a
 * service, which checks each record's council again.
 */
@ApplicationScoped
public class ApiRightsPolicy implements HttpSecurityPolicy {
    private final TenancyConfig tenancy;

    public ApiRightsPolicy(TenancyConfig tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        return identity.map(id -> {
            if (id.isAnonymous()) {
                return CheckResult.DENY;
            }
            Tenancy caller = id.getPrincipal() instanceof JsonWebToken token
                    ? AgencyClaims.tenancyOf(token, tenancy.singleCouncil()) : Tenancy.NONE;
            String laCode = request.request().getParam("laCode");
            if (laCode != null && aboutCouncilRecords(request.normalizedPath()) && !caller.covers(laCode.trim())
                    && laCode.trim().matches("[0-9]{3}")) {
                request.put(RefusedProblems.REASON, "laCode: council " + laCode.trim() + " is not one this token"
                        + " covers (it covers " + (caller.councils().isEmpty() ? "no council"
                        : String.join(", ", caller.councilsInOrder())) + ")");
                return CheckResult.DENY;
            }
            return ApiRights.allows(Rights.of(id.getRoles(), caller), request.request().method().name(),
                    request.normalizedPath()) ? CheckResult.PERMIT : CheckResult.DENY;
        });
    }

    /**
     * Whether a route's {@code laCode} names a council whose records the caller must cover: every route but the DfE's
     * published statistics ({@code /api/benchmarks}), which compare any council with England, its region and its
     * neighbours and are national, public figures.
     */
    static boolean aboutCouncilRecords(String path) {
        return !(path.equals("/api/benchmarks") || path.startsWith("/api/benchmarks/"));
    }

    @Override
    public String name() {
        return "csip-rights";
    }
}
