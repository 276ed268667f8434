package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CloudNativePG and Keycloak Operator resources each overlay renders, checked offline against those operators'
 * schemas (operator-schemas/*.yaml; the realm against Keycloak's own RealmRepresentation), so a misspelt or
 * mistyped field fails the build rather than being pruned or refused by the cluster at install.
 */
class OperatorSchemaTest {
    /** API groups whose resources must each have a schema here: none may slip through unchecked. */
    static final Set<String> OPERATOR_GROUPS = Set.of("postgresql.cnpg.io", "k8s.keycloak.org");

    private static List<JsonNode> prod;

    @BeforeAll
    static void render() throws Exception {
        Manifests.assumeKubectl();
        prod = Manifests.render(Manifests.K8S.resolve("overlays/prod"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyOperatorResourceAnOverlayRendersMatchesItsSchema(String overlay) throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode document : Manifests.render(Manifests.K8S.resolve(overlay))) {
            String group = document.path("apiVersion").asText().split("/")[0];
            if (!OPERATOR_GROUPS.contains(group)) {
                continue;
            }
            OperatorSchema schema = OperatorSchema.forDocument(document);
            String name = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
            if (schema == null) {
                wrong.add(name + ": no schema for " + document.path("apiVersion").asText() + " "
                        + document.path("kind").asText() + " (add one under operator-schemas/)");
                continue;
            }
            checked++;
            schema.problems(document).forEach(problem -> wrong.add(name + ": " + problem));
        }
        System.out.printf("%s: %d CloudNativePG and Keycloak resources checked against their schemas%n",
                overlay, checked);
        assertThat(checked).as("4 database clusters, Keycloak and its realm import").isEqualTo(6);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aBrokenDatabaseClusterIsRefusedNamingTheField() {
        assertThat(problems("Cluster", spec -> spec.set("instance", spec.remove("instances"))))
                .contains("spec.instances: required but missing", "spec.instance: unknown field \"instance\"");
        assertThat(problems("Cluster", spec -> spec.put("instances", "three")))
                .containsExactly("spec.instances: expected integer, found the string \"three\"");
        assertThat(problems("Cluster", spec -> spec.put("instances", 0)))
                .containsExactly("spec.instances: 0 is below the minimum 1");
        assertThat(problems("Cluster", spec -> ((ObjectNode) spec.get("storage")).put("sise", "10Gi")))
                .containsExactly("spec.storage.sise: unknown field \"sise\"");
        assertThat(problems("Cluster", spec -> ((ObjectNode) spec.get("backup")).put("retentionPolicy", "30 days")))
                .singleElement().asString().startsWith("spec.backup.retentionPolicy: \"30 days\" does not match");
        assertThat(problems("Cluster", spec -> ((ObjectNode) spec.at("/backup/barmanObjectStore/wal"))
                .put("compression", "zip"))).singleElement().asString()
                .startsWith("spec.backup.barmanObjectStore.wal.compression: \"zip\" is not one of");
        assertThat(problems("Cluster", spec -> ((ObjectNode) spec.at("/backup/barmanObjectStore/s3Credentials"
                + "/accessKeyId")).remove("key")))
                .containsExactly("spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key: required but missing");
        assertThat(problems("Cluster", spec -> ((ObjectNode) spec.at("/resources")).set("limit",
                ((ObjectNode) spec.at("/resources")).remove("limits"))))
                .singleElement().asString().startsWith("spec.resources: ").contains("limit");
    }

    @Test
    void aBrokenKeycloakIsRefusedNamingTheField() {
        assertThat(problems("Keycloak", spec -> ((ObjectNode) spec.get("db")).put("vendorr", "postgres")))
                .contains("spec.db.vendorr: unknown field \"vendorr\"");
        assertThat(problems("Keycloak", spec -> ((ObjectNode) spec.get("proxy")).put("headers", "x-forwarded")))
                .singleElement().asString().startsWith("spec.proxy.headers: \"x-forwarded\" is not one of");
        assertThat(problems("Keycloak", spec -> spec.put("instances", "2")))
                .containsExactly("spec.instances: expected integer, found the string \"2\"");
        assertThat(problems("Keycloak", spec -> spec.put("hostnam", "login.csip.example")))
                .containsExactly("spec.hostnam: unknown field \"hostnam\"");
    }

    @Test
    void aBrokenRealmImportIsRefusedNamingTheField() {
        assertThat(problems("KeycloakRealmImport", spec -> ((ObjectNode) spec.get("realm")).put("realmm", "csip")))
                .singleElement().asString().startsWith("spec.realm: not a RealmRepresentation").contains("realmm");
        assertThat(problems("KeycloakRealmImport", spec -> ((ObjectNode) spec.at("/realm/clients/0"))
                .put("redirectUri", "https://x/*")))
                .singleElement().asString().contains("redirectUri");
        assertThat(problems("KeycloakRealmImport", spec -> ((ObjectNode) spec.at("/realm"))
                .put("accessTokenLifespan", "fifteen minutes")))
                .singleElement().asString().startsWith("spec.realm: not a RealmRepresentation");
        assertThat(problems("KeycloakRealmImport", spec -> spec.remove("keycloakCRName")))
                .containsExactly("spec.keycloakCRName: required but missing");
    }

    @Test
    void theRenderedResourcesAsTheyAreHaveNoProblems() {
        for (String kind : List.of("Cluster", "Keycloak", "KeycloakRealmImport")) {
            assertThat(problems(kind, spec -> { })).as(kind).isEmpty();
        }
    }

    /** The problems of the prod overlay's first resource of this kind after breaking its spec in one way. */
    private static List<String> problems(String kind, Consumer<ObjectNode> breakSpec) {
        JsonNode document = prod.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow().deepCopy();
        breakSpec.accept((ObjectNode) document.get("spec"));
        return OperatorSchema.forDocument(document).problems(document);
    }

}
