package org.csip.common.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a caller's {@link Tenancy} from a Keycloak token. The {@code organization} claim is a map keyed by the
 * organisation's alias, each with its attributes {@code kind} and {@code councils} (users and partners' machine
 * clients alike, members of the organisation); an overseer's assigned councils are the {@code oversees} claim.
 * Tokens from before tenancy are still read: an organisation as a bare alias naming its kind ({@code ["police"]}),
 * or a machine client's {@code agency} claim, covers the deployment's single council, if one is configured.
 */
public final class AgencyClaims {
    public static final String ORGANIZATION_CLAIM = "organization";
    public static final String AGENCY_CLAIM = "agency";
    public static final String OVERSEES_CLAIM = "oversees";
    public static final String KIND_ATTRIBUTE = "kind";
    public static final String COUNCILS_ATTRIBUTE = "councils";

    private static final Pattern COUNCIL_CODE = Pattern.compile("[0-9]{3}");

    private AgencyClaims() {
    }

    /** The agency the token speaks for; empty for overseers (adviser, board chair) who belong to none. */
    public static Optional<Agency> agencyOf(JsonWebToken token) {
        return tenancyOf(token, Optional.empty()).agency();
    }

    /**
     * The token's organisation, kind and covered councils; {@code singleCouncil} is what a token from before tenancy
     * covers. A token naming two organisations of CSIP speaks for neither (one person, one organisation, one login).
     */
    public static Tenancy tenancyOf(JsonWebToken token, Optional<String> singleCouncil) {
        if (token == null) {
            return Tenancy.NONE;
        }
        Set<String> legacy = singleCouncil.filter(code -> COUNCIL_CODE.matcher(code).matches()).map(Set::of)
                .orElse(Set.of());
        Object organisationClaim = claim(token, ORGANIZATION_CLAIM);
        if (isEmpty(organisationClaim)) {
            organisationClaim = claim(token, AGENCY_CLAIM);
        }
        if (!isEmpty(organisationClaim)) {
            // A member of an organisation of a kind CSIP does not know, or of two, speaks for none and covers nothing.
            List<Tenancy> organisations = organisations(organisationClaim, legacy);
            return organisations.size() == 1 ? organisations.get(0) : Tenancy.NONE;
        }
        Object oversees = claim(token, OVERSEES_CLAIM);
        return new Tenancy(Optional.empty(), Optional.empty(), oversees == null ? legacy : codes(oversees));
    }

    /**
     * A claim's value. A verified OIDC token's claims are read as parsed: {@link JsonWebToken#getClaim} first tries
     * each name as a standard claim and throws (and catches) an exception for every custom one, which cost about 2%
     * of the gateway's CPU per request (docs/performance.md).
     */
    private static Object claim(JsonWebToken token, String name) {
        if (token instanceof OidcJwtCallerPrincipal verified) {
            return verified.getClaims().getClaimValue(name);
        }
        return token.getClaim(name);
    }

    private static boolean isEmpty(Object claim) {
        return claim == null || (claim instanceof Map<?, ?> map && map.isEmpty())
                || (claim instanceof java.util.Collection<?> values && values.isEmpty());
    }

    private static List<Tenancy> organisations(Object claim, Set<String> legacy) {
        List<Tenancy> found = new ArrayList<>();
        if (claim instanceof JsonObject object) {
            object.forEach((alias, attributes) -> withAttributes(alias, attributes, legacy).ifPresent(found::add));
        } else if (claim instanceof Map<?, ?> map) {
            map.forEach((alias, attributes) -> withAttributes(String.valueOf(alias), attributes, legacy)
                    .ifPresent(found::add));
        } else if (claim instanceof Iterable<?> values) {
            for (Object value : values) {
                found.addAll(organisations(value, legacy));
            }
        } else {
            text(claim).flatMap(alias -> Agency.fromAlias(alias)
                    .map(kind -> new Tenancy(Optional.of(alias), Optional.of(kind), legacy))).ifPresent(found::add);
        }
        return found;
    }

    /** One organisation of the map: its kind attribute (or, before attributes, an alias naming the kind). */
    private static Optional<Tenancy> withAttributes(String alias, Object attributes, Set<String> legacy) {
        Object kind = attribute(attributes, KIND_ATTRIBUTE);
        Optional<Agency> agency = kind == null ? Agency.fromAlias(alias) : first(kind).flatMap(Agency::fromAlias);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        Object councils = attribute(attributes, COUNCILS_ATTRIBUTE);
        return Optional.of(new Tenancy(Optional.of(alias), agency, councils == null ? legacy : codes(councils)));
    }

    private static Object attribute(Object attributes, String name) {
        if (attributes instanceof JsonObject object) {
            return object.get(name);
        }
        if (attributes instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    /** Council codes of a claim or attribute (a list, or one value); anything not a three-digit code is ignored. */
    private static Set<String> codes(Object value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value instanceof Iterable<?> values) {
            for (Object each : values) {
                text(each).filter(code -> COUNCIL_CODE.matcher(code).matches()).ifPresent(codes::add);
            }
        } else {
            text(value).filter(code -> COUNCIL_CODE.matcher(code).matches()).ifPresent(codes::add);
        }
        return codes;
    }

    private static Optional<String> first(Object value) {
        if (value instanceof Iterable<?> values) {
            for (Object each : values) {
                return text(each);
            }
            return Optional.empty();
        }
        return text(value);
    }

    private static Optional<String> text(Object value) {
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.STRING) {
            return Optional.of(((JsonString) json).getString());
        }
        return Optional.empty();
    }
}
