package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealmCouncilsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedRealmNamesOnlyRegisteredCouncils() throws IOException {
        RealmCouncils.check(shippedRealm());
        assertEquals(List.of(), RealmCouncils.problems(JSON.readTree(shippedRealm()), RealmCouncils.registeredCodes()));
        assertEquals(156, RealmCouncils.registeredCodes().size());
    }

    @Test
    void anUnknownCodeAMissingKindOrACouncilCoveringAnotherStopsTheStartNamingIt() throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(shippedRealm());
        for (JsonNode organization : realm.path("organizations")) {
            ObjectNode attributes = (ObjectNode) organization.path("attributes");
            switch (organization.path("alias").asText()) {
                case "merseyside-police" -> ((ArrayNode) attributes.path("councils")).add("999");
                case "knowsley" -> ((ArrayNode) attributes.path("councils")).add("342");
                case "cheshire-merseyside-icb" -> attributes.remove("kind");
                default -> { }
            }
        }
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals("dfe.adviser")) {
                ((ArrayNode) user.path("attributes").path("oversees")).add("34");
            }
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RealmCouncils.check(JSON.writeValueAsString(realm)));
        String message = refused.getMessage();
        assertTrue(message.contains("organization merseyside-police covers council 999, which is not in the register"),
                message);
        assertTrue(message.contains("organization knowsley is a council, which covers only its own code"), message);
        assertTrue(message.contains("organization cheshire-merseyside-icb must have exactly one kind"), message);
        assertTrue(message.contains("user dfe.adviser oversees council 34, which is not in the register"), message);
        assertEquals(4, message.lines().count() - 1, message);
    }

    private static String shippedRealm() throws IOException {
        try (InputStream in = RealmCouncilsTest.class.getResourceAsStream("/keycloak/csip-realm.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
