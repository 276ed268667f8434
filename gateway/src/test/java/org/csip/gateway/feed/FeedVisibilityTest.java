package org.csip.gateway.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;
import org.junit.jupiter.api.Test;

class FeedVisibilityTest {
    private static final Set<String> MERSEYSIDE = Set.of("340", "341", "342", "343", "344");

    @Test
    void inspectionAndPlanLevelEventsReachEveryAgency() {
        FeedEvent inspection = event("inspection-events", null);
        FeedEvent plan = event("action-plan-events", null);
        for (Agency agency : Agency.values()) {
            assertTrue(FeedVisibility.visibleTo(agency, MERSEYSIDE, inspection));
            assertTrue(FeedVisibility.visibleTo(agency, MERSEYSIDE, plan));
        }
    }

    @Test
    void anAgencysActionsAndWorkforceReachOnlyThatAgency() {
        assertTrue(FeedVisibility.visibleTo(Agency.POLICE, MERSEYSIDE, event("action-plan-events", "POLICE")));
        assertFalse(FeedVisibility.visibleTo(Agency.HEALTH, MERSEYSIDE, event("action-plan-events", "POLICE")));
        assertTrue(FeedVisibility.visibleTo(Agency.HEALTH, MERSEYSIDE, event("workforce-events", "HEALTH")));
        assertFalse(FeedVisibility.visibleTo(Agency.COUNCIL, MERSEYSIDE, event("workforce-events", "HEALTH")));
    }

    @Test
    void aWorkforceEventThatNamesNoAgencyReachesNobody() {
        for (Agency agency : Agency.values()) {
            assertFalse(FeedVisibility.visibleTo(agency, MERSEYSIDE, event("workforce-events", null)));
        }
    }

    @Test
    void nothingOfACouncilOutsideTheCoverageEverReachesTheFeed() {
        for (String topic : new String[] {"inspection-events", "action-plan-events", "workforce-events"}) {
            FeedEvent halton = FeedEvent.read(topic, 0, 1, "csip.test.v1", "876", "POLICE", null, "{}");
            FeedEvent noCouncil = FeedEvent.read(topic, 0, 1, "csip.test.v1", null, "POLICE", null, "{}");
            FeedEvent knowsley = FeedEvent.read(topic, 0, 1, "csip.test.v1", "340", "POLICE", null, "{}");
            assertFalse(FeedVisibility.visibleTo(Agency.POLICE, MERSEYSIDE, halton), topic);
            assertFalse(FeedVisibility.visibleTo(Agency.POLICE, MERSEYSIDE, noCouncil), topic);
            assertTrue(FeedVisibility.visibleTo(Agency.POLICE, MERSEYSIDE, knowsley), topic);
            assertFalse(FeedVisibility.visibleTo(Agency.POLICE, Set.of("342"), knowsley), topic);
            assertFalse(FeedVisibility.visibleOnDashboard(Optional.empty(), Set.of("342"), knowsley), topic);
            assertFalse(FeedVisibility.visibleOnDashboard(Optional.of(Agency.COUNCIL), Set.of("342"), halton), topic);
        }
        FeedEvent knowsleyPlan = FeedEvent.read("action-plan-events", 0, 1, "csip.test.v1", "340", null, null, "{}");
        assertTrue(FeedVisibility.visibleOnDashboard(Optional.empty(), Set.of("342", "340"), knowsleyPlan));
    }

    @Test
    void anEventAboutAForcesRecordReachesWhoeverCoversAnyOfItsCouncilsAndNobodyElse() {
        // HMICFRS's inspection of Lancashire Constabulary: no single council, every council the force covers.
        FeedEvent inspection = FeedEvent.read("inspection-events", 0, 1, "csip.inspection.published.v1", null, null,
                null, "{}").concerning(Set.of("888", "889", "890"));
        FeedEvent deadline = FeedEvent.read("action-plan-events", 0, 2, "csip.deadline.approaching.v1", null, "POLICE",
                null, "{}").concerning(Set.of("888", "889", "890"));
        for (Agency agency : Agency.values()) {
            assertTrue(FeedVisibility.visibleTo(agency, Set.of("889"), inspection), agency.name());
            assertFalse(FeedVisibility.visibleTo(agency, MERSEYSIDE, inspection), agency.name());
        }
        assertTrue(FeedVisibility.visibleTo(Agency.POLICE, Set.of("888", "889", "890"), deadline));
        assertFalse(FeedVisibility.visibleTo(Agency.HEALTH, Set.of("888"), deadline));
        assertTrue(FeedVisibility.visibleOnDashboard(Optional.of(Agency.COUNCIL), Set.of("890"), deadline));
        assertFalse(FeedVisibility.visibleOnDashboard(Optional.empty(), Set.of("342"), deadline));
    }

    private static FeedEvent event(String topic, String leadAgency) {
        return FeedEvent.read(topic, 0, 1, "csip.test.v1", "342", leadAgency, null, "{}");
    }
}
