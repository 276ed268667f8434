package org.csip.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class AgencyClaimsTest {

    @Test
    void aUsersOrganizationListNamesTheAgency() {
        assertEquals(Optional.of(Agency.POLICE), AgencyClaims.agencyOf(token(Map.of("organization",
                Json.createArrayBuilder().add("police").build()))));
    }

    @Test
    void anOrganizationMapWithAttributesIsKeyedByAlias() {
        assertEquals(Optional.of(Agency.HEALTH), AgencyClaims.agencyOf(token(Map.of("organization",
                Json.createObjectBuilder().add("health", Json.createObjectBuilder().add("id", "x")).build()))));
    }

    @Test
    void aFeedClientCarriesTheAgencyClaim() {
        assertEquals(Optional.of(Agency.COUNCIL), AgencyClaims.agencyOf(token(Map.of("agency",
                Json.createValue("council")))));
    }

    @Test
    void overseersAndUnknownOrganizationsHaveNoAgency() {
        assertEquals(Optional.empty(), AgencyClaims.agencyOf(token(Map.of())));
        assertEquals(Optional.empty(), AgencyClaims.agencyOf(token(Map.of("organization",
                Json.createArrayBuilder().add("fire-service").build()))));
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
