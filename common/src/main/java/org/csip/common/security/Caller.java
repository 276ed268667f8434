package org.csip.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: their agency and rights, so services apply ARCHITECTURE.md §5 in one way. */
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

    /** A stable, non-personal reference for audit fields (the token subject). */
    public String reference() {
        return token == null || token.getSubject() == null ? identity.getPrincipal().getName() : token.getSubject();
    }
}
