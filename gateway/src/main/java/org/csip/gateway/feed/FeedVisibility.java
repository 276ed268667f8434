package org.csip.gateway.feed;

import java.util.Optional;
import org.csip.common.security.Agency;

/**
 * Which events an agency's feed carries: every inspection and plan-level event, its own actions, and
 * its own workforce events — never another agency's workforce detail or actions.
 */
public final class FeedVisibility {
    static final String WORKFORCE_TOPIC = "workforce-events";

    private FeedVisibility() {
    }

    public static boolean visibleTo(Agency agency, FeedEvent event) {
        Agency owner = Agency.fromAlias(event.leadAgency()).orElse(null);
        if (owner != null) {
            return owner == agency;
        }
        // Workforce events always belong to an agency; one that names none is shown to nobody.
        return !WORKFORCE_TOPIC.equals(event.topic());
    }

    /**
     * What a person's dashboard follows live: as their agency's feed, except that the council and the overseers
     * (no agency) follow every agency's actions, as their "My actions" and plan progress show them. Workforce
     * events stay with their own agency.
     */
    public static boolean visibleOnDashboard(Optional<Agency> agency, FeedEvent event) {
        if (agency.isPresent() && agency.get() != Agency.COUNCIL) {
            return visibleTo(agency.get(), event);
        }
        if (WORKFORCE_TOPIC.equals(event.topic())) {
            return agency.isPresent() && visibleTo(agency.get(), event);
        }
        return true;
    }
}
