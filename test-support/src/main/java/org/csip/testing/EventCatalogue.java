package org.csip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks the event catalogue (docs/events.md) against the payload records: a section for each event type with a JSON
 * example whose fields are the record's, in its order (an example may leave fields out after a {@code "…"} key).
 */
public final class EventCatalogue {
    private static final String ELIDED = "…";

    private EventCatalogue() {
    }

    /** Run from a service module: the catalogue is {@code ../docs/events.md}. */
    public static void assertDocuments(Map<String, Class<? extends Record>> payloads) {
        String catalogue;
        try {
            catalogue = Files.readString(Path.of("..", "docs", "events.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, Class<? extends Record>> payload : payloads.entrySet()) {
            String type = payload.getKey();
            String heading = "### `" + type + "`";
            assertThat(catalogue).as("docs/events.md documents " + type).contains(heading);
            String section = catalogue.substring(catalogue.indexOf(heading) + heading.length());
            int next = section.indexOf("\n### ");
            section = next < 0 ? section : section.substring(0, next);
            assertThat(section).as("the section on " + type + " carries an example").contains("```json");
            String example = section.substring(section.indexOf("```json") + 7);
            example = example.substring(0, example.indexOf("```"));
            List<String> documented = fieldsOf(type, example);
            List<String> fields = Arrays.stream(payload.getValue().getRecordComponents())
                    .map(RecordComponent::getName).toList();
            if (documented.remove(ELIDED)) {
                assertThat(documented).as("the example of " + type + " shows fields of "
                        + payload.getValue().getSimpleName() + " in its order").isSubsetOf(fields)
                        .isEqualTo(fields.stream().filter(documented::contains).toList());
            } else {
                assertThat(documented).as("the example of " + type + " shows every field of "
                        + payload.getValue().getSimpleName() + " in its order").isEqualTo(fields);
            }
        }
    }

    private static List<String> fieldsOf(String type, String example) {
        try {
            List<String> names = new ArrayList<>();
            new ObjectMapper().readTree(example).fieldNames().forEachRemaining(names::add);
            return names;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the example of " + type + " in docs/events.md is not JSON: " + e.getMessage());
        }
    }
}
