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

    /** One person who can log in: username, password, agency (or none for overseers) and realm roles. */
    public record Login(String username, String password, String agency, List<String> roles) {
    }

    public static DemoLogins fromRealmFile() {
        try (InputStream in = DemoLogins.class.getResourceAsStream("/keycloak/csip-realm.json")) {
            JsonNode realm = new ObjectMapper().readTree(in);
            Map<String, String> agencyOf = new HashMap<>();
            for (JsonNode organization : realm.path("organizations")) {
                for (JsonNode member : organization.path("members")) {
                    agencyOf.put(member.path("username").asText(), organization.path("alias").asText());
                }
            }
            List<Login> logins = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                String username = user.path("username").asText();
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                logins.add(new Login(username, user.path("credentials").path(0).path("value").asText(),
                        agencyOf.getOrDefault(username, "-"), roles));
            }
            return new DemoLogins(logins);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file", e);
        }
    }
}
