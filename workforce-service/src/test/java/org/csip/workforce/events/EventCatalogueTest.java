package org.csip.workforce.events;

import org.csip.testing.EventCatalogue;
import org.junit.jupiter.api.Test;

/** The event catalogue (docs/events.md) documents every type this service publishes, with an example. */
class EventCatalogueTest {
    @Test
    void everyPublishedTypeHasASectionWithAnExample() {
        EventCatalogue.assertDocuments(EventTypes.ALL);
    }
}
