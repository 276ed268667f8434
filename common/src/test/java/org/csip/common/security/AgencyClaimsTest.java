package org.csip.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void anOrganisationsAttributesGiveItsKindAndTheCouncilsItCovers() {
        Tenancy police = AgencyClaims.tenancyOf(token(Map.of("organization", Json.createObjectBuilder()
                .add("merseyside-police", Json.createObjectBuilder()
                        .add("kind", Json.createArrayBuilder().add("police"))
                        .add("councils", Json.createArrayBuilder().add("340").add("342").add("344")))
                .build())), Optional.of("342"));
        assertEquals(new Tenancy(Optional.of("merseyside-police"), Optional.of(Agency.POLICE),
                Set.of("340", "342", "344")), police);
        assertTrue(police.covers("340"));
        assertFalse(police.covers("876"));
    }

    @Test
    void tokensFromBeforeTenancyCoverTheDeploymentsSingleCouncilOrNone() {
        Map<String, Object> legacy = Map.of("organization", Json.createArrayBuilder().add("police").build());
        assertEquals(Set.of("342"), AgencyClaims.tenancyOf(token(legacy), Optional.of("342")).councils());
        assertEquals(Set.of(), AgencyClaims.tenancyOf(token(legacy), Optional.empty()).councils());
        Map<String, Object> feed = Map.of("agency", Json.createValue("health"));
        assertEquals(new Tenancy(Optional.of("health"), Optional.of(Agency.HEALTH), Set.of("342")),
                AgencyClaims.tenancyOf(token(feed), Optional.of("342")));
        assertEquals(Set.of("342"), AgencyClaims.tenancyOf(token(Map.of()), Optional.of("342")).councils());
    }

    @Test
    void anOverseerCoversTheCouncilsAssignedToThem() {
        Tenancy adviser = AgencyClaims.tenancyOf(token(Map.of("oversees",
                Json.createArrayBuilder().add("342").add("340").build())), Optional.of("999"));
        assertEquals(new Tenancy(Optional.empty(), Optional.empty(), Set.of("340", "342")), adviser);
    }

    @Test
    void nothingButAThreeDigitCodeIsACouncilAndTwoOrganisationsAreNone() {
        Tenancy odd = AgencyClaims.tenancyOf(token(Map.of("organization", Json.createObjectBuilder()
                .add("st-helens", Json.createObjectBuilder().add("kind", Json.createArrayBuilder().add("council"))
                        .add("councils", Json.createArrayBuilder().add("342").add("34").add("3420").add("%")
                                .add("342\u0000").add(" 340")))
                .build())), Optional.empty());
        assertEquals(Set.of("342"), odd.councils());
        Tenancy two = AgencyClaims.tenancyOf(token(Map.of("organization", Json.createObjectBuilder()
                .add("st-helens", Json.createObjectBuilder().add("kind", Json.createArrayBuilder().add("council"))
                        .add("councils", Json.createArrayBuilder().add("342")))
                .add("knowsley", Json.createObjectBuilder().add("kind", Json.createArrayBuilder().add("council"))
                        .add("councils", Json.createArrayBuilder().add("340")))
                .build())), Optional.of("342"));
        assertEquals(Tenancy.NONE, two);
        Tenancy unknownKind = AgencyClaims.tenancyOf(token(Map.of("organization", Json.createObjectBuilder()
                .add("fire", Json.createObjectBuilder().add("kind", Json.createArrayBuilder().add("fire-service"))
                        .add("councils", Json.createArrayBuilder().add("342")))
                .build())), Optional.of("342"));
        assertEquals(Tenancy.NONE, unknownKind, "an organisation of a kind CSIP does not know covers nothing");
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
