package org.csip.gateway.feed;

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
}
