package org.csip.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An operator's custom resource schema (the structural OpenAPI v3 subset a CRD uses), applied to a rendered manifest
 * the way the API server does under {@code kubectl apply --validate=strict}: unknown fields, missing required ones,
 * wrong types, values outside an enum, a minimum, a maximum or a pattern are all refused, with the path named.
 * Two extensions hand a part to a real model: {@code x-csip-kubernetes-model} (Kubernetes' Java client) and
 * {@code x-csip-java-model} (a Jackson-mapped class, e.g. Keycloak's RealmRepresentation, unknown fields refused).
 */
final class OperatorSchema {
    /** The operator kinds CSIP uses, by apiVersion/kind, with the schema that describes them. */
    static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.yaml",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.yaml",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.yaml");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final JsonNode root;

    private OperatorSchema(JsonNode root) {
        this.root = root;
    }

    /** The schema for a document's apiVersion and kind, or null when CSIP has none for it. */
    static OperatorSchema forDocument(JsonNode document) {
        String file = SCHEMAS.get(document.path("apiVersion").asText() + "/" + document.path("kind").asText());
        return file == null ? null : load(file);
    }

    static OperatorSchema load(String file) {
        try (InputStream in = OperatorSchema.class.getResourceAsStream("/operator-schemas/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema operator-schemas/" + file);
            }
            return new OperatorSchema(Manifests.YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything wrong with the document, each as "path: why"; empty when it matches. */
    List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(document, root, "", problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("$ref")) {
            check(value, resolve(schema.get("$ref").asText()), path, problems);
            return;
        }
        if (schema.has("x-csip-kubernetes-model")) {
            delegateToKubernetes(schema.get("x-csip-kubernetes-model").asText(), value, path, problems);
            return;
        }
        if (schema.has("x-csip-java-model")) {
            delegateToJava(schema.get("x-csip-java-model").asText(), value, path, problems);
            return;
        }
        String type = schema.path("type").asText("");
        if (!hasType(value, type)) {
            problems.add(where(path) + ": expected " + type + ", found " + describe(value));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(where(path) + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isNumber() && schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(where(path) + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (value.isNumber() && schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            problems.add(where(path) + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
        if (value.isTextual() && schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
            problems.add(where(path) + ": shorter than " + schema.get("minLength") + " characters");
        }
        if (value.isTextual() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            problems.add(where(path) + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, path, problems);
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where(path + "." + required.asText()) + ": required but missing");
            }
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path + "." + field.getKey();
            JsonNode known = schema.path("properties").get(field.getKey());
            if (known != null) {
                check(field.getValue(), known, at, problems);
            } else if (schema.has("additionalProperties")) {
                check(field.getValue(), schema.get("additionalProperties"), at, problems);
            } else if (!open) {
                problems.add(where(at) + ": unknown field \"" + field.getKey() + "\"");
            }
        }
    }

    private static void delegateToKubernetes(String model, JsonNode value, String path, List<String> problems) {
        try {
            KubernetesModels.problem(model, value).ifPresent(why -> problems.add(where(path) + ": " + why));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The schema names a Kubernetes model that does not exist: " + model, e);
        }
    }

    private static void delegateToJava(String className, JsonNode value, String path, List<String> problems) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The schema names a class that is not on the classpath: " + className, e);
        }
        try {
            STRICT.treeToValue(value, type);
        } catch (IOException e) {
            problems.add(where(path) + ": not a " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/definitions/") || !root.path("definitions").has(ref.substring(14))) {
            throw new IllegalStateException("The schema refers to a definition it does not have: " + ref);
        }
        return root.path("definitions").get(ref.substring(14));
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "" -> true;
            default -> throw new IllegalStateException("The schema uses a type this checker does not know: " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "the string \"" + value.asText() + "\"" : value.getNodeType().name().toLowerCase()
                + (value.isContainerNode() ? "" : " " + value);
    }

    private static String where(String path) {
        return path.isEmpty() ? "(document)" : path.substring(1);
    }
}
