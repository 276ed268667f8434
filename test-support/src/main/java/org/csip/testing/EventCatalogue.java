package org.csip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that the event catalogue (docs/events.md) has a section with a JSON example for each event type. */
public final class EventCatalogue {
    private EventCatalogue() {
    }

    /** Run from a service module: the catalogue is {@code ../docs/events.md}. */
    public static void assertDocuments(List<String> types) {
        String catalogue;
        try {
            catalogue = Files.readString(Path.of("..", "docs", "events.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String type : types) {
            String heading = "### `" + type + "`";
            assertThat(catalogue).as("docs/events.md documents " + type).contains(heading);
            String section = catalogue.substring(catalogue.indexOf(heading) + heading.length());
            int next = section.indexOf("\n### ");
            section = next < 0 ? section : section.substring(0, next);
            assertThat(section).as("the section on " + type + " carries an example").contains("```json");
        }
    }
}
