package org.csip.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo users, read from the realm file itself so what the stack prints can never drift from Keycloak. */
public record DemoLogins(List<Login> logins) {

    /**
     * One person who can log in: username, password, agency (its organisation's kind; "-" for overseers), the
     * organisation's name ("— (oversees)" for an overseer), the councils they cover or oversee, and realm roles.
     */
    public record Login(String username, String password, String agency, String organisation, List<String> councils,
                        List<String> roles) {
    }

    public static DemoLogins fromRealmFile() {
        try (InputStream in = DemoLogins.class.getResourceAsStream("/keycloak/csip-realm.json")) {
            JsonNode realm = new ObjectMapper().readTree(in);
            Map<String, JsonNode> organisationOf = new HashMap<>();
            for (JsonNode organization : realm.path("organizations")) {
                for (JsonNode member : organization.path("members")) {
                    organisationOf.put(member.path("username").asText(), organization);
                }
            }
            List<Login> logins = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                String username = user.path("username").asText();
                List<String> roles = texts(user.path("realmRoles"));
                JsonNode organisation = organisationOf.get(username);
                String password = user.path("credentials").path(0).path("value").asText();
                if (organisation == null) {
                    List<String> oversees = texts(user.path("attributes").path("oversees"));
                    logins.add(new Login(username, password, "-", "— (oversees)", oversees, roles));
                } else {
                    logins.add(new Login(username, password, organisation.path("attributes").path("kind").path(0)
                            .asText(), organisation.path("name").asText(),
                            texts(organisation.path("attributes").path("councils")), roles));
                }
            }
            return new DemoLogins(logins);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file", e);
        }
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
