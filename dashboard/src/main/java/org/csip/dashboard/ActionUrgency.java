package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Set;

/**
 * Which open actions need attention first — overdue, then red, then amber, then the rest, soonest due first — as the
 * partner summary and the dashboard both list them.
 */
public final class ActionUrgency {
    /** Statuses of an action still to be done. */
    public static final Set<String> OPEN = Set.of("NOT_STARTED", "IN_PROGRESS");
    /** Most urgent first. */
    public static final Comparator<JsonNode> ORDER = Comparator.comparingInt(ActionUrgency::rank)
            .thenComparing(action -> action.path("dueDate").asText());

    private ActionUrgency() {
    }

    public static boolean open(JsonNode action) {
        return OPEN.contains(action.path("status").asText());
    }

    public static boolean atRisk(JsonNode action) {
        return Set.of("RED", "AMBER").contains(action.path("rag").asText());
    }

    private static int rank(JsonNode action) {
        if (action.path("overdue").asBoolean()) {
            return 0;
        }
        return switch (action.path("rag").asText()) {
            case "RED" -> 1;
            case "AMBER" -> 2;
            default -> 3;
        };
    }
}
