package org.csip.inspection.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The event catalogue (docs/events.md) documents every type this service publishes, with an example. */
class EventCatalogueTest {
    @Test
    void everyPublishedTypeHasASectionWithAnExample() throws IOException {
        String catalogue = Files.readString(Path.of("..", "docs", "events.md"));
        for (String type : EventTypes.ALL) {
            String heading = "### `" + type + "`";
            assertThat(catalogue).as("docs/events.md documents " + type).contains(heading);
            String section = catalogue.substring(catalogue.indexOf(heading) + heading.length());
            int next = section.indexOf("\n### ");
            section = next < 0 ? section : section.substring(0, next);
            assertThat(section).as("the section on " + type + " carries an example").contains("```json");
        }
    }
}
