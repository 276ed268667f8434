package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard's live feed says what happened in words. */
class DashboardEventsResourceTest {
    @Test
    void anEventTypeReadsAsWords() {
        assertThat(DashboardEventsResource.what("csip.action.progress-reported.v1")).isEqualTo("Action progress reported");
        assertThat(DashboardEventsResource.what("csip.metrics.snapshot.v1")).isEqualTo("Metrics snapshot");
    }
}
