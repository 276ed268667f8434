package org.csip.common.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the caller's agency from a Keycloak token: the {@code organization} claim of a user (a list of
 * organization aliases, or a map keyed by alias when Keycloak adds attributes) or the {@code agency}
 * claim that a partner's client-credentials client carries.
 */
public final class AgencyClaims {
    public static final String ORGANIZATION_CLAIM = "organization";
    public static final String AGENCY_CLAIM = "agency";

    private AgencyClaims() {
    }

    /** The agency the token speaks for; empty for overseers (adviser, board chair) who belong to none. */
    public static Optional<Agency> agencyOf(JsonWebToken token) {
        if (token == null) {
            return Optional.empty();
        }
        Optional<Agency> fromOrganization = fromClaim(token.getClaim(ORGANIZATION_CLAIM));
        return fromOrganization.isPresent() ? fromOrganization : fromClaim(token.getClaim(AGENCY_CLAIM));
    }

    private static Optional<Agency> fromClaim(Object claim) {
        if (claim instanceof JsonString text) {
            return Agency.fromAlias(text.getString());
        }
        if (claim instanceof String text) {
            return Agency.fromAlias(text);
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(AgencyClaims::fromClaim).flatMap(Optional::stream).findFirst();
        }
        if (claim instanceof Iterable<?> values) {
            for (Object value : values) {
                Optional<Agency> agency = fromClaim(value);
                if (agency.isPresent()) {
                    return agency;
                }
            }
            return Optional.empty();
        }
        if (claim instanceof JsonObject object) {
            return object.keySet().stream().map(Agency::fromAlias).flatMap(Optional::stream).findFirst();
        }
        if (claim instanceof JsonValue value && value.getValueType() == JsonValue.ValueType.STRING) {
            return Agency.fromAlias(((JsonString) value).getString());
        }
        return Optional.empty();
    }
}
