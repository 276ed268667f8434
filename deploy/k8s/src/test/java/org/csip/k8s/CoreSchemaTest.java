package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every core Kubernetes object each overlay renders is checked offline against Kubernetes' own API model (the
 * official Java client's generated models reject unknown fields and missing required ones, and reading a document
 * into the model rejects wrong types), so a misspelt field fails the build instead of the rollout.
 */
class CoreSchemaTest {
    /** The core kinds CSIP uses, by apiVersion/kind, with the model that knows their schema. */
    static final Map<String, String> MODELS = Map.of(
            "apps/v1/Deployment", "V1Deployment",
            "v1/Service", "V1Service",
            "v1/ConfigMap", "V1ConfigMap",
            "autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler",
            "policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget",
            "networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy",
            "networking.k8s.io/v1/Ingress", "V1Ingress");

    @BeforeAll
    static void kubectl() {
        Manifests.assumeKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyCoreObjectAnOverlayRendersMatchesTheKubernetesApi(String overlay) throws Exception {
        List<JsonNode> documents = Manifests.render(Manifests.K8S.resolve(overlay));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode document : documents) {
            String model = MODELS.get(document.path("apiVersion").asText() + "/" + document.path("kind").asText());
            if (model != null) {
                checked++;
                validate(model, document).ifPresent(wrong::add);
            }
        }
        System.out.printf("%s: %d objects rendered, %d core objects checked against the Kubernetes API models%n",
                overlay, documents.size(), checked);
        assertThat(checked).isGreaterThanOrEqualTo(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMisspeltOrMistypedFieldIsCaught() throws Exception {
        JsonNode good = Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers: [{name: x, image: x, resources: {limits: {cpu: "1"}}}]
                """).get(0);
        assertThat(validate("V1Deployment", good)).isEmpty();
        JsonNode misspelt = Manifests.documents(Manifests.YAML.writeValueAsString(good)
                .replace("resources:", "resource:")).get(0);
        assertThat(validate("V1Deployment", misspelt)).hasValueSatisfying(why -> assertThat(why).contains("resource"));
        JsonNode noContainers = Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {app: x}}
                  template: {spec: {}}
                """).get(0);
        assertThat(validate("V1Deployment", noContainers)).hasValueSatisfying(why -> assertThat(why)
                .contains("containers"));
        JsonNode wrongType = Manifests.documents("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec: {ports: [{port: 8080}], selector: [app]}
                """).get(0);
        assertThat(validate("V1Service", wrongType)).isPresent();
        assertThatThrownBy(() -> validate("NoSuchModel", good)).isInstanceOf(ClassNotFoundException.class);
    }

    /** Why the document does not match the model, if it does not, naming the object. */
    static java.util.Optional<String> validate(String model, JsonNode document) throws Exception {
        return KubernetesModels.problem(model, document).map(why -> document.path("kind").asText() + " "
                + document.path("metadata").path("name").asText() + ": " + why);
    }
}
