package org.csip.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Keycloak Operator's {@code KeycloakRealmImport} from the same realm file the local stack imports, so
 * Kubernetes and a developer's machine never drift: the clients, roles, scopes and organizations as they are; the
 * demo people left out (the feed clients' service accounts stay, members of their organisations); every {@code ${NAME:dev-default}} secret a placeholder read from the secret
 * {@code csip-keycloak-clients} (no default, so a missing secret fails loudly); and the gateway's address the
 * production one. Run {@code RealmImportTest} with {@code -Dcsip.k8s.regenerate=true} after changing the realm.
 */
public final class RealmImport {
    /** The secret the placeholders are read from (created at install, docs/deploy.md). */
    public static final String CLIENT_SECRETS = "csip-keycloak-clients";
    static final String PUBLIC_URL = "https://csip.example";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");

    private RealmImport() {
    }

    /** The manifest, as YAML, for the realm file's contents. */
    public static String manifest(String realmJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(realmJson);
        // People are not imported (the council's own accounts or identity provider); the feed clients' service
        // accounts are, as they carry those clients' roles.
        com.fasterxml.jackson.databind.node.ArrayNode accounts = realm.putArray("users");
        json.readTree(realmJson).path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                accounts.add(user);
            }
        });
        // An organisation's members are people too, except the feed clients' service accounts: their membership is
        // what gives a feed client its organisation's kind and councils.
        java.util.Set<String> serviceAccounts = new java.util.HashSet<>();
        accounts.forEach(account -> serviceAccounts.add(account.path("username").asText()));
        for (JsonNode organization : realm.path("organizations")) {
            com.fasterxml.jackson.databind.node.ArrayNode kept = json.createArrayNode();
            organization.path("members").forEach(member -> {
                if (serviceAccounts.contains(member.path("username").asText())) {
                    kept.add(member);
                }
            });
            if (kept.isEmpty()) {
                ((ObjectNode) organization).remove("members");
            } else {
                ((ObjectNode) organization).set("members", kept);
            }
        }
        Map<String, String> placeholders = new TreeMap<>();
        replacePlaceholders(realm, placeholders);

        ObjectNode manifest = json.createObjectNode();
        manifest.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        manifest.put("kind", "KeycloakRealmImport");
        manifest.putObject("metadata").put("name", "csip-realm");
        ObjectNode spec = manifest.putObject("spec");
        spec.put("keycloakCRName", "csip-keycloak");
        ObjectNode secrets = spec.putObject("placeholders");
        placeholders.forEach((name, key) -> secrets.putObject(name).putObject("secret")
                .put("name", CLIENT_SECRETS).put("key", key));
        spec.set("realm", realm);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        return "# Generated from deploy/stack/src/main/resources/keycloak/csip-realm.json by org.csip.k8s.RealmImport;\n"
                + "# do not edit: change the realm file and regenerate (RealmImportTest says how).\n"
                + yaml.writeValueAsString(manifest);
    }

    /** Secrets become placeholders without their dev defaults; the gateway's local address becomes the public one. */
    private static void replacePlaceholders(JsonNode node, Map<String, String> placeholders) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(replace(field.getValue().asText(), placeholders)));
                } else {
                    replacePlaceholders(field.getValue(), placeholders);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isTextual()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node)
                            .set(i, TextNode.valueOf(replace(node.get(i).asText(), placeholders)));
                } else {
                    replacePlaceholders(node.get(i), placeholders);
                }
            }
        }
    }

    private static String replace(String text, Map<String, String> placeholders) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.equals("CSIP_GATEWAY_URL")) {
                replacement = PUBLIC_URL;
            } else {
                placeholders.put(name, name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                replacement = "${" + name + "}";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Regenerates {@code target} from {@code realmFile}. */
    public static void write(Path realmFile, Path target) throws IOException {
        Files.writeString(target, manifest(Files.readString(realmFile)));
    }
}
