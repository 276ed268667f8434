package org.csip.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonParser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/** Kubernetes' own API models (the official Java client's), used to check a core object or a core type inside one. */
final class KubernetesModels {
    private KubernetesModels() {
    }

    /**
     * Why the JSON does not match the model (unknown or missing required fields, then wrong types by reading it into
     * the model), if it does not.
     *
     * @throws ClassNotFoundException when the client has no such model (a typo in a schema, not in a manifest)
     */
    static Optional<String> problem(String model, JsonNode json) throws ReflectiveOperationException {
        Class<?> type = Class.forName("io.kubernetes.client.openapi.models." + model);
        Method validate = type.getMethod("validateJsonElement", com.google.gson.JsonElement.class);
        Method read = type.getMethod("fromJson", String.class);
        try {
            validate.invoke(null, JsonParser.parseString(json.toString()));
            read.invoke(null, json.toString());
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        }
    }
}
