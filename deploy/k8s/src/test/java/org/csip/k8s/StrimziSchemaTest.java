package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Strimzi resources each overlay renders (Kafka, KafkaNodePool, KafkaTopic, KafkaUser) read into Strimzi's own
 * API model — the classes its CRDs are generated from — with nothing left over: a field the model does not know is
 * kept aside by Strimzi, and this test refuses it; a wrong type fails reading.
 */
class StrimziSchemaTest {
    static final Map<String, Class<?>> MODELS = Map.of("Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @BeforeAll
    static void kubectl() {
        Manifests.assumeKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyStrimziResourceMatchesStrimzisModel(String overlay) throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode document : Manifests.render(Manifests.K8S.resolve(overlay))) {
            Class<?> model = MODELS.get(document.path("kind").asText());
            if (model != null && document.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) {
                checked++;
                assertThat(document.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
                check(model, document).ifPresent(wrong::add);
            }
        }
        assertThat(checked).as("Kafka, node pool, 4 topics, 7 users").isEqualTo(13);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMisspeltOrMistypedFieldIsCaught() throws Exception {
        JsonNode topic = Manifests.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replicas: 1}
                """).get(0);
        assertThat(check(KafkaTopic.class, topic)).isEmpty();
        JsonNode misspelt = Manifests.documents(topic.toString().replace("partitions", "partition")).get(0);
        assertThat(check(KafkaTopic.class, misspelt)).hasValueSatisfying(why -> assertThat(why).contains("partition"));
        JsonNode mistyped = Manifests.documents(topic.toString().replace("3", "\"three\"")).get(0);
        assertThat(check(KafkaTopic.class, mistyped)).isPresent();
        JsonNode nestedMisspelt = Manifests.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls: [{resource: {type: topic, name: t}, operation: [Read]}]
                """).get(0);
        assertThat(check(KafkaUser.class, nestedMisspelt)).hasValueSatisfying(why -> assertThat(why)
                .contains("operation"));
    }

    /** Why the document does not fit the model, if it does not. */
    static Optional<String> check(Class<?> model, JsonNode document) {
        String name = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
        Object read;
        try {
            read = JSON.treeToValue(document, model);
        } catch (Exception e) {
            return Optional.of(name + ": " + e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        leftovers(read, document.path("kind").asText(), unknown, new IdentityHashMap<>());
        return unknown.isEmpty() ? Optional.empty() : Optional.of(name + ": not in Strimzi's model: " + unknown);
    }

    /** Walks the model's own objects, collecting the fields each kept aside as unknown. */
    private static void leftovers(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                leftovers(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> leftovers(item, path + "." + key, unknown, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        if (value instanceof UnknownPropertyPreserving preserving && preserving.getAdditionalProperties() != null) {
            preserving.getAdditionalProperties().keySet().forEach(key -> unknown.add(path + "." + key));
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                    && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))
                    && !getter.getName().equals("getAdditionalProperties") && !getter.getName().equals("getClass")) {
                try {
                    leftovers(getter.invoke(value), path + "." + getter.getName(), unknown, seen);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a computed getter that cannot answer for this object: nothing to walk
                }
            }
        }
    }
}
