package org.csip.gateway.feed;

import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;

/**
 * Which events an agency's feed carries: of the councils it covers only, every inspection and plan-level event, its
 * own actions, and its own workforce events — never another agency's workforce detail or actions, nor anything of a
 * council it does not cover (an event naming no council is shown to nobody). An event about a record of several
 * councils (a force's inspection) is shown to whoever covers any of them.
 */
public final class FeedVisibility {
    static final String WORKFORCE_TOPIC = "workforce-events";

    private FeedVisibility() {
    }

    public static boolean visibleTo(Agency agency, Set<String> councils, FeedEvent event) {
        return covered(councils, event) && visibleTo(agency, event);
    }

    /** Whether the event names a council and it is one of these (immutable sets refuse to look up null). */
    private static boolean covered(Set<String> councils, FeedEvent event) {
        return (event.laCode() != null && councils.contains(event.laCode()))
                || event.councils().stream().anyMatch(councils::contains);
    }

    private static boolean visibleTo(Agency agency, FeedEvent event) {
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
    public static boolean visibleOnDashboard(Optional<Agency> agency, Set<String> councils, FeedEvent event) {
        if (!covered(councils, event)) {
            return false;
        }
        if (agency.isPresent() && agency.get() != Agency.COUNCIL) {
            return visibleTo(agency.get(), event);
        }
        if (WORKFORCE_TOPIC.equals(event.topic())) {
            return agency.isPresent() && visibleTo(agency.get(), event);
        }
        return true;
    }
}
