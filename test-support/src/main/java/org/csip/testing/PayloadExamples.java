package org.csip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps published payloads byte-compatible: each payload record, filled with fixed values (and once with every
 * nullable field empty), must write exactly the JSON recorded in {@code src/test/resources/events/<type>.json}. A
 * payload whose fields, order or value formats change fails here, so a breaking change is a new {@code vN} type, not
 * an accident. {@code -Dcsip.events.record=true} writes the examples of types that have none yet.
 */
public final class PayloadExamples {
    private static final Path RECORDED = Path.of("src", "test", "resources", "events");

    private PayloadExamples() {
    }

    /**
     * What a service publishes, checked three ways: every type in {@code published} has a payload record, each record
     * writes its recorded example, and docs/events.md shows each record's fields in order.
     */
    public static void assertPublished(ObjectMapper mapper, Map<String, Class<? extends Record>> payloads,
                                       List<String> published) {
        assertThat(payloads.keySet()).as("a payload record for every published type")
                .containsExactlyInAnyOrderElementsOf(published);
        assertUnchanged(mapper, payloads);
        EventCatalogue.assertDocuments(payloads);
    }

    /** Each event type with the record its payload is; every type must have a recorded example. */
    public static void assertUnchanged(ObjectMapper mapper, Map<String, Class<? extends Record>> payloads) {
        for (Map.Entry<String, Class<? extends Record>> payload : payloads.entrySet()) {
            Path file = RECORDED.resolve(payload.getKey() + ".json");
            String written = write(mapper, payload.getValue());
            if (!Files.exists(file) && Boolean.getBoolean("csip.events.record")) {
                record(file, written);
            }
            assertThat(file).as("a recorded example of " + payload.getKey()).exists();
            assertThat(written).as(payload.getKey() + " (" + payload.getValue().getSimpleName()
                    + ") writes what it wrote when recorded").isEqualTo(read(file));
        }
    }

    /** The payload written twice: every field filled, then every field that may be empty left empty. */
    static String write(ObjectMapper mapper, Class<? extends Record> payload) {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("filled", filled(payload, payload.getSimpleName(), 0));
        examples.put("empty", empty(payload));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(examples) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(payload + " cannot be written as JSON", e);
        }
    }

    private static Object filled(Type type, String name, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                Type element = parameterized.getActualTypeArguments()[0];
                return List.of(filled(element, name, index), filled(element, name, index + 1));
            }
            if (java.util.Set.class.isAssignableFrom(raw)) {
                Type element = parameterized.getActualTypeArguments()[0];
                // Sorted, so the example is written the same way every time.
                return new java.util.TreeSet<>(List.of(filled(element, name, index), filled(element, name, index + 1)));
            }
            throw new IllegalArgumentException("No example for " + type + " (" + name + ")");
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name + "-" + index;
        } else if (c == UUID.class) {
            return UUID.nameUUIDFromBytes((name + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (c == LocalDate.class) {
            return LocalDate.of(2026, 1, 5).plusDays(index);
        } else if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 1, 5, 9, 30, 0, 0, ZoneOffset.UTC).plusMinutes(index);
        } else if (c == Instant.class) {
            return Instant.parse("2026-01-05T09:30:00Z").plusSeconds(index);
        } else if (c == int.class || c == Integer.class) {
            return index + 1;
        } else if (c == long.class || c == Long.class) {
            return index + 100L;
        } else if (c == boolean.class || c == Boolean.class) {
            return index % 2 == 0;
        } else if (c == BigDecimal.class) {
            return new BigDecimal(index + ".25");
        } else if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[index % constants.length];
        } else if (kinds(c) != null) {
            List<?> kinds = kinds(c);
            return kinds.get(index % kinds.size());
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = filled(components[i].getGenericType(), components[i].getName(), index + i);
            }
            return construct(c, components, values);
        }
        throw new IllegalArgumentException("No example for " + c + " (" + name + ")");
    }

    /** The values of a type of codes read from data (as an enum's constants: a static {@code values()} list). */
    private static List<?> kinds(Class<?> c) {
        try {
            java.lang.reflect.Method values = c.getMethod("values");
            return java.lang.reflect.Modifier.isStatic(values.getModifiers())
                    && List.class.isAssignableFrom(values.getReturnType()) ? (List<?>) values.invoke(null) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object empty(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            values[i] = c.isPrimitive() ? Array.get(Array.newInstance(c, 1), 0)
                    : List.class.isAssignableFrom(c) ? List.of() : java.util.Set.class.isAssignableFrom(c) ? java.util.Set.of()
                    : null;
        }
        return construct(record, components, values);
    }

    private static Object construct(Class<?> record, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build an example of " + record, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(Path file, String json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
