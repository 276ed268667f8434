package org.csip.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.csip.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: their agency and rights, so services apply docs/architecture.md §5 in one way. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller's agency; empty for overseers who belong to none. */
    public Optional<Agency> agency() {
        return AgencyClaims.agencyOf(token);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Refuses (403) a caller who does not speak for {@code agency}; says why in the problem detail. */
    public void requireAgency(Agency agency, String what) {
        if (agency().filter(agency::equals).isEmpty()) {
            throw ProblemException.forbidden("Only the " + agency.alias() + " may " + what
                    + "; this token speaks for " + agency().map(Agency::alias).orElse("no agency"));
        }
    }

    /** Refuses (403) a caller without {@code role} or not of {@code agency}: e.g. the council's plan editors. */
    public void requireRole(String role, Agency agency, String what) {
        if (!hasRole(role)) {
            throw ProblemException.forbidden("Only holders of the " + role + " role may " + what);
        }
        requireAgency(agency, what);
    }

    /** A stable, non-personal reference for audit fields (the token subject). */
    public String reference() {
        return token == null || token.getSubject() == null ? identity.getPrincipal().getName() : token.getSubject();
    }
}
