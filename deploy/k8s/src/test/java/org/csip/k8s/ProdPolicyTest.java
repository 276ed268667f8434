package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules the production overlay must keep, checked on what it renders (docs/deploy.md). */
class ProdPolicyTest {
    private static List<JsonNode> prod;

    @BeforeAll
    static void render() throws Exception {
        Manifests.assumeKubectl();
        prod = Manifests.render(Manifests.K8S.resolve("overlays/prod"));
    }

    @Test
    void everyContainerHasLimitsProbesAndRunsAsNonRootOnAReadOnlyFilesystem() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                String who = deployment.path("metadata").path("name").asText() + "/" + container.path("name").asText();
                for (String limit : List.of("cpu", "memory")) {
                    if (container.path("resources").path("limits").path(limit).isMissingNode()
                            || container.path("resources").path("requests").path(limit).isMissingNode()) {
                        wrong.add(who + " has no " + limit + " request and limit");
                    }
                }
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!container.path(probe).path("httpGet").path("path").asText().startsWith("/q/health/")) {
                        wrong.add(who + " has no " + probe + " on /q/health");
                    }
                }
                boolean nonRoot = container.path("securityContext").path("runAsNonRoot").asBoolean(
                        pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
                if (!nonRoot) {
                    wrong.add(who + " may run as root");
                }
                if (!container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)
                        || container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)) {
                    wrong.add(who + " has a writable root filesystem or may escalate privileges");
                }
                if (container.path("image").asText().endsWith(":latest") || !container.path("image").asText().contains(":")) {
                    wrong.add(who + " has no pinned image tag: " + container.path("image").asText());
                }
            }
        }
        assertThat(kind("Deployment")).hasSize(4);
        assertThat(wrong).isEmpty();
    }

    @Test
    void noSecretIsCommittedAndSecretValuesComeOnlyFromReferences() {
        assertThat(kind("Secret")).as("Secrets are created at install, never rendered from the repository").isEmpty();
        for (JsonNode document : prod) {
            for (JsonNode env : document.findValues("env")) {
                for (JsonNode variable : env) {
                    String name = variable.path("name").asText();
                    if (name.matches(".*(PASSWORD|SECRET|JAAS).*")) {
                        assertThat(variable.has("valueFrom")).as(name + " must come from a secret").isTrue();
                    }
                }
            }
        }
    }

    /**
     * The three domain services come from one component: each has its own database, Kafka user and image, and
     * apart from those names their manifests are the same.
     */
    @Test
    void eachDomainServiceHasItsOwnDatabaseAndKafkaUserAndOtherwiseTheSameShape() {
        record Own(String service, String database, String databaseName) {
        }
        List<Own> services = List.of(new Own("inspection-service", "inspections-db", "inspections"),
                new Own("action-plan-service", "action-plans-db", "action_plans"),
                new Own("workforce-service", "workforce-db", "workforce"));
        Set<String> shapes = new java.util.HashSet<>();
        for (Own own : services) {
            StringBuilder rendered = new StringBuilder();
            for (JsonNode document : prod) {
                if (document.path("metadata").path("name").asText().equals(own.service())
                        && Set.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")
                        .contains(document.path("kind").asText())) {
                    rendered.append(document);
                }
            }
            String text = rendered.toString();
            assertThat(text).as(own.service()).contains("\"jdbc:postgresql://" + own.database() + "-rw:5432/"
                            + own.databaseName() + "\"", "\"name\":\"" + own.database() + "-app\"",
                    "\"image\":\"ghcr.io/example-council/csip-" + own.service() + ":");
            assertThat(named(kind("Deployment"), own.service()).findValues("secretKeyRef").stream()
                    .filter(ref -> ref.path("key").asText().equals("sasl.jaas.config"))
                    .map(ref -> ref.path("name").asText()).toList()).as(own.service() + "'s Kafka user")
                    .containsExactly(own.service());
            shapes.add(text.replace(own.service(), "SERVICE").replace(own.database(), "DB")
                    .replace("/" + own.databaseName() + "\"", "/NAME\""));
        }
        assertThat(shapes).as("one shape for the three domain services").hasSize(1);
        assertThat(shapes.iterator().next()).contains("HorizontalPodAutoscaler", "PodDisruptionBudget");
    }

    @Test
    void everyServiceAndDatabaseHasANetworkPolicyAndOnlyTheGatewayReachesTheServices() {
        List<JsonNode> policies = kind("NetworkPolicy");
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(policies).as(deployment.path("metadata").path("name").asText())
                    .anyMatch(policy -> selects(policy, labels));
        }
        for (String service : List.of("inspection-service", "action-plan-service", "workforce-service")) {
            JsonNode policy = named(policies, service);
            List<String> podsAllowed = new ArrayList<>();
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("podSelector")) {
                        podsAllowed.add(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                                .asText());
                    }
                }
            }
            assertThat(podsAllowed).as(service + " is reached by").containsOnly("gateway");
        }
        for (JsonNode cluster : kind("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            assertThat(policies).as(name).anyMatch(policy -> policy.path("spec").path("podSelector")
                    .path("matchLabels").path("cnpg.io/cluster").asText().equals(name));
        }
    }

    @Test
    void partnerKafkaUsersOnlyReadAndNeverTheWorkforceTopic() {
        List<JsonNode> partners = kind("KafkaUser").stream()
                .filter(user -> user.path("metadata").path("name").asText().startsWith("partner-")).toList();
        assertThat(partners).hasSize(3);
        for (JsonNode partner : partners) {
            for (JsonNode acl : partner.path("spec").path("authorization").path("acls")) {
                Set<String> operations = Set.copyOf(StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .map(JsonNode::asText).toList());
                if (acl.path("resource").path("type").asText().equals("topic")) {
                    assertThat(operations).isSubsetOf("Read", "Describe");
                    assertThat(acl.path("resource").path("name").asText()).isNotEqualTo("workforce-events");
                } else {
                    assertThat(acl.path("resource").path("type").asText()).isEqualTo("group");
                    assertThat(operations).containsOnly("Read");
                }
            }
        }
    }

    @Test
    void productionIsHighlyAvailable() {
        assertThat(kind("KafkaNodePool")).allMatch(pool -> pool.path("spec").path("replicas").asInt() == 3);
        assertThat(kind("KafkaTopic")).allMatch(topic -> topic.path("spec").path("replicas").asInt() == 3
                && topic.path("spec").path("config").path("min.insync.replicas").asInt() == 2);
        assertThat(kind("Cluster")).hasSize(4).allMatch(cluster -> cluster.path("spec").path("instances").asInt() == 3
                && cluster.path("spec").path("backup").path("barmanObjectStore").has("destinationPath"));
        assertThat(kind("Deployment")).allMatch(d -> d.path("spec").path("replicas").asInt() >= 2);
        assertThat(kind("HorizontalPodAutoscaler")).hasSize(4)
                .allMatch(hpa -> hpa.path("spec").path("minReplicas").asInt() >= 2);
        assertThat(kind("PodDisruptionBudget")).hasSize(4);
        assertThat(kind("Keycloak")).allMatch(k -> k.path("spec").path("instances").asInt() >= 2);
        assertThat(prod).allMatch(d -> "csip".equals(d.path("metadata").path("namespace").asText()));
    }

    @Test
    void theIngressExposesOnlyThePublicPathsAndServicesAreObservable() {
        List<String> exposed = new java.util.ArrayList<>();
        for (JsonNode ingress : kind("Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                rule.at("/http/paths").forEach(path -> exposed.add(path.path("pathType").asText() + " "
                        + path.path("path").asText()));
            }
        }
        assertThat(exposed).contains("Exact /", "Prefix /api", "Prefix /partners", "Prefix /dashboard")
                .noneMatch(path -> path.equals("Prefix /") || path.endsWith(" /q") || path.contains("/q/"));
        JsonNode config = named(kind("ConfigMap"), "csip-config").path("data");
        assertThat(config.path("QUARKUS_PROFILE").asText()).contains("kubernetes");
        assertThat(config.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText()).startsWith("http");
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
            assertThat(annotations.path("prometheus.io/scrape").asText()).as(name(deployment)).isEqualTo("true");
            assertThat(annotations.path("prometheus.io/path").asText()).as(name(deployment)).isEqualTo("/q/metrics");
        }
    }

    private static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }

    private static List<JsonNode> kind(String kind) {
        return prod.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode named(List<JsonNode> documents, String name) {
        return documents.stream().filter(d -> d.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static boolean selects(JsonNode policy, JsonNode labels) {
        JsonNode wanted = policy.path("spec").path("podSelector").path("matchLabels");
        if (wanted.isEmpty()) {
            return false;
        }
        for (var it = wanted.fields(); it.hasNext(); ) {
            var label = it.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
