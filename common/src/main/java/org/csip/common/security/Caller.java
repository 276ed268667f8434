package org.csip.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.csip.common.http.QueryParams;
import org.csip.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: their agency and rights, so services apply docs/architecture.md §5 in one way. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final TenancyConfig tenancyConfig;
    private Tenancy tenancy;

    public Caller(SecurityIdentity identity, JsonWebToken token, TenancyConfig tenancyConfig) {
        this.identity = identity;
        this.token = token;
        this.tenancyConfig = tenancyConfig;
    }

    /** The caller's organisation, kind and the councils it covers or oversees: read once per request. */
    public Tenancy tenancy() {
        if (tenancy == null) {
            // The identity's principal is the verified token itself; the injected one is a proxy to it.
            JsonWebToken verified = identity.getPrincipal() instanceof JsonWebToken principal ? principal : token;
            tenancy = AgencyClaims.tenancyOf(verified, tenancyConfig.singleCouncil());
        }
        return tenancy;
    }

    /** The caller's agency; empty for overseers who belong to none. */
    public Optional<Agency> agency() {
        return tenancy().agency();
    }

    /** What this caller may do (docs/architecture.md §5), each right stated once in {@link Rights}. */
    public Rights rights() {
        return Rights.of(identity.getRoles(), tenancy());
    }

    /** The councils this caller covers or oversees: every list is limited to them. */
    public Set<String> councils() {
        return tenancy().councils();
    }

    /**
     * The councils a list asks for: the one named by the {@code laCode} filter, which may only narrow (not a
     * three-digit code → 400 naming it; one the caller does not cover → 403 naming it), or else all the caller covers.
     */
    public Set<String> councilsAskedFor(String laCode) {
        laCode = QueryParams.council(laCode, "laCode");
        if (councils().isEmpty()) {
            throw ProblemException.forbidden("This token covers no council: its organisation names none, or it"
                    + " oversees none");
        }
        if (laCode == null) {
            return councils();
        }
        requireCovers(laCode, "laCode");
        return Set.of(laCode);
    }

    /**
     * Refuses (403) a record, or a request naming a council, outside the councils this caller covers; {@code what}
     * names the record or field.
     */
    public void requireCovers(String laCode, String what) {
        if (!tenancy().covers(laCode)) {
            throw ProblemException.forbidden(what + ": council " + laCode + " is not one this token covers (it covers "
                    + coverage() + ")");
        }
    }

    /**
     * Refuses (403) a record of several councils (a force's inspection) unless this caller covers at least one of
     * them; a record of one council is {@link #requireCovers}.
     */
    public void requireCoversAny(java.util.Collection<String> councils, String what) {
        if (councils.size() == 1) {
            requireCovers(councils.iterator().next(), what);
            return;
        }
        if (councils.stream().noneMatch(tenancy()::covers)) {
            throw ProblemException.forbidden(what + ": it concerns councils " + String.join(", ",
                    new java.util.TreeSet<>(councils)) + ", none of which this token covers (it covers "
                    + coverage() + ")");
        }
    }

    /** The covered councils in words, for problem details. */
    public String coverage() {
        Set<String> councils = tenancy().councilsInOrder();
        return councils.isEmpty() ? "no council" : String.join(", ", councils);
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

    /** The email address the token carries (Keycloak's {@code email} claim), where it carries one. */
    public java.util.Optional<String> email() {
        return claim("email");
    }

    /** The person's name as the token gives it ({@code name}), where it gives one. */
    public java.util.Optional<String> name() {
        return claim("name");
    }

    private java.util.Optional<String> claim(String name) {
        if (token == null) {
            return java.util.Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.toString().replace("\"", ""))
                .filter(v -> !v.isBlank());
    }
}
