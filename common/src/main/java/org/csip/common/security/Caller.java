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

    /** What this caller may do (docs/architecture.md §5), each right stated once in {@link Rights}. */
    public Rights rights() {
        return new Rights(identity.getRoles(), agency());
    }

    /** Refuses (403) unless {@code allowed}, with {@code detail} saying who may and whom this token speaks for. */
    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw ProblemException.forbidden(detail + "; this token speaks for "
                    + agency().map(Agency::alias).orElse("no agency"));
        }
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

    /** A stable, non-personal reference for audit fields (the token subject). */
    public String reference() {
        return token == null || token.getSubject() == null ? identity.getPrincipal().getName() : token.getSubject();
    }
}
