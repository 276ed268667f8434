package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The realm Kubernetes imports is the local stack's realm file, less the demo users, with secrets as placeholders. */
class RealmImportTest {
    static final Path REALM = Manifests.REPO.resolve("deploy/stack/src/main/resources/keycloak/csip-realm.json");
    static final Path IMPORT = Manifests.REPO.resolve("deploy/k8s/base/keycloak/realm-import.yaml");

    @Test
    void theCommittedRealmImportIsGeneratedFromTheRealmFile() throws Exception {
        if (Boolean.getBoolean("csip.k8s.regenerate")) {
            RealmImport.write(REALM, IMPORT);
        }
        assertThat(Files.readString(IMPORT)).as("deploy/k8s/base/keycloak/realm-import.yaml is out of date:"
                        + " ./mvnw -pl deploy/k8s test -Dtest=RealmImportTest -Dcsip.k8s.regenerate=true")
                .isEqualTo(RealmImport.manifest(Files.readString(REALM)));
    }

    @Test
    void itCarriesNoDemoUserNoDevSecretAndReadsEachSecretFromTheClientsSecret() throws Exception {
        JsonNode manifest = Manifests.documents(Files.readString(IMPORT)).get(0);
        JsonNode realm = manifest.path("spec").path("realm");
        assertThat(realm.path("users").findValuesAsText("username"))
                .containsExactlyInAnyOrder("service-account-council-feed", "service-account-police-feed",
                        "service-account-health-feed");
        assertThat(realm.path("users").findValues("credentials")).isEmpty();
        assertThat(realm.path("organizations").size()).isEqualTo(5);
        // Only the feed clients' service accounts stay members: their organisation gives them their councils.
        assertThat(realm.path("organizations").findValues("members").stream()
                .flatMap(members -> java.util.stream.StreamSupport.stream(members.spliterator(), false))
                .map(member -> member.path("username").asText()))
                .containsExactlyInAnyOrder("service-account-council-feed", "service-account-police-feed",
                        "service-account-health-feed");
        String text = Files.readString(IMPORT);
        assertThat(text).doesNotContain("dev-secret", "\"demo\"", "localhost");
        assertThat(realm.path("clients").findValuesAsText("secret")).isNotEmpty()
                .allMatch(secret -> secret.matches("\\$\\{CSIP_[A-Z_]+_SECRET}"));
        manifest.path("spec").path("placeholders").forEach(placeholder -> assertThat(
                placeholder.path("secret").path("name").asText()).isEqualTo(RealmImport.CLIENT_SECRETS));
        assertThat(manifest.path("spec").path("placeholders").size())
                .isEqualTo(realm.path("clients").findValuesAsText("secret").size());
    }
}
