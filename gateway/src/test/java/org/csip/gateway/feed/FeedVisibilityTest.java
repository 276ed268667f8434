package org.csip.gateway.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.csip.common.security.Agency;
import org.junit.jupiter.api.Test;

class FeedVisibilityTest {

    @Test
    void inspectionAndPlanLevelEventsReachEveryAgency() {
        FeedEvent inspection = event("inspection-events", null);
        FeedEvent plan = event("action-plan-events", null);
        for (Agency agency : Agency.values()) {
            assertTrue(FeedVisibility.visibleTo(agency, inspection));
            assertTrue(FeedVisibility.visibleTo(agency, plan));
        }
    }

    @Test
    void anAgencysActionsAndWorkforceReachOnlyThatAgency() {
        assertTrue(FeedVisibility.visibleTo(Agency.POLICE, event("action-plan-events", "POLICE")));
        assertFalse(FeedVisibility.visibleTo(Agency.HEALTH, event("action-plan-events", "POLICE")));
        assertTrue(FeedVisibility.visibleTo(Agency.HEALTH, event("workforce-events", "HEALTH")));
        assertFalse(FeedVisibility.visibleTo(Agency.COUNCIL, event("workforce-events", "HEALTH")));
    }

    @Test
    void aWorkforceEventThatNamesNoAgencyReachesNobody() {
        for (Agency agency : Agency.values()) {
            assertFalse(FeedVisibility.visibleTo(agency, event("workforce-events", null)));
        }
    }

    private static FeedEvent event(String topic, String leadAgency) {
        return FeedEvent.read(topic, 0, 1, "csip.test.v1", "342", leadAgency, null, "{}");
    }
}
