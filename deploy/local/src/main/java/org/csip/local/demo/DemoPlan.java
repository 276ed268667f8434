package org.csip.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the demo improvement plan (illustrative, answering the 2019 inspection) through the gateway: the
 * council's director shapes it, each lead agency's safeguarding lead reports on its own actions, and the
 * board's independent chair records its meetings.
 */
final class DemoPlan {
    static final String FILE = "/demo/st-helens-plan.json";
    /** Who reports on a partner's actions: its safeguarding lead, in each council the force or board covers. */
    private static final Map<String, String> REPORTER = Map.of("POLICE", "police.lead", "HEALTH", "health.lead");

    private final Function<String, GatewayClient> signedIn;

    /** @param signedIn a client signed in as the given demo user */
    DemoPlan(Function<String, GatewayClient> signedIn) {
        this.signedIn = signedIn;
    }

    /** What loading the plan did. */
    record Loaded(int themes, int actions, int updates, int boardMeetings, int measures) {
    }

    /**
     * Loads a plan story: its council ({@code laCode}, St Helens unless it says) and the council's plan editor who
     * shapes it ({@code editor}, St Helens' director unless it says), who also reports on the council's own actions.
     */
    Loaded load(JsonNode story, String inspectionId, int expectedFindings) {
        String editor = story.path("editor").asText("director");
        GatewayClient director = signedIn.apply(editor);
        List<String> findings = findingsOnceKnown(director, inspectionId, expectedFindings);
        ObjectNode plan = story.path("plan").deepCopy();
        plan.put("laCode", story.path("laCode").asText("342"));
        plan.putArray("inspectionIds").add(inspectionId);
        String planId = director.post("/api/plans", plan, 201).path("id").asText();
        List<String> themes = new ArrayList<>();
        for (JsonNode theme : story.path("themes")) {
            themes.add(director.post("/api/plans/" + planId + "/themes", theme, 201).path("id").asText());
        }
        int updates = 0;
        List<String> actionIds = new ArrayList<>();
        for (JsonNode action : story.path("actions")) {
            updates += loadAction(editor, director, planId, themes, findings, action, actionIds);
        }
        director.post("/api/plans/" + planId + "/submit",
                Map.of("submittedOn", story.path("submittedOn").asText()), 200);
        director.post("/api/plans/" + planId + "/accept", Map.of("acceptedOn", story.path("acceptedOn").asText()), 200);
        GatewayClient chair = signedIn.apply("board.chair");
        for (JsonNode meeting : story.path("boardMeetings")) {
            chair.post("/api/board-meetings", boardMeeting(planId, meeting, actionIds), 201);
        }
        for (JsonNode measure : story.path("measures")) {
            loadMeasure(director, planId, themes, actionIds, measure);
        }
        return new Loaded(themes.size(), story.path("actions").size(), updates, story.path("boardMeetings").size(),
                story.path("measures").size());
    }

    private static void loadMeasure(GatewayClient director, String planId, List<String> themes, List<String> actionIds,
                                    JsonNode measure) {
        ObjectNode body = measure.deepCopy();
        body.remove(List.of("theme", "actions", "actuals"));
        body.put("themeId", themes.get(measure.path("theme").asInt() - 1));
        ArrayNode actions = body.putArray("actionIds");
        measure.path("actions").forEach(n -> actions.add(actionIds.get(n.asInt() - 1)));
        String id = director.post("/api/plans/" + planId + "/measures", body, 201).path("id").asText();
        for (JsonNode actual : measure.path("actuals")) {
            director.post("/api/plans/" + planId + "/measures/" + id + "/actuals", actual, 200);
        }
    }

    /** The file names actions by their place in the plan (from 1); the API wants their ids. */
    private static ObjectNode boardMeeting(String planId, JsonNode meeting, List<String> actionIds) {
        ObjectNode body = meeting.deepCopy();
        body.put("planId", planId);
        ArrayNode reviewed = body.putArray("actionsReviewed");
        meeting.path("actionsReviewed").forEach(n -> reviewed.add(actionIds.get(n.asInt() - 1)));
        for (JsonNode decision : body.path("decisions")) {
            ObjectNode d = (ObjectNode) decision;
            if (d.has("action")) {
                d.put("actionId", actionIds.get(d.remove("action").asInt() - 1));
            }
        }
        return body;
    }

    private int loadAction(String editor, GatewayClient director, String planId, List<String> themes,
                           List<String> findings, JsonNode action, List<String> actionIds) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("themeId", themes.get(action.path("theme").asInt() - 1));
        for (String field : List.of("title", "leadAgency", "owner", "startDate", "dueDate")) {
            body.set(field, action.path(field));
        }
        ArrayNode findingIds = body.putArray("findingIds");
        action.path("findings").forEach(sequence -> findingIds.add(findings.get(sequence.asInt() - 1)));
        JsonNode created = director.post("/api/plans/" + planId + "/actions", body, 201);
        String actionId = created.path("id").asText();
        actionIds.add(actionId);
        if (action.has("moveDueDate")) {
            body.put("dueDate", action.path("moveDueDate").asText());
            director.put("/api/actions/" + actionId, "\"" + created.path("version").asInt() + "\"", body, 200);
        }
        String lead = action.path("leadAgency").asText();
        GatewayClient reporter = signedIn.apply(lead.equals("COUNCIL") ? editor : REPORTER.get(lead));
        int updates = 0;
        for (JsonNode update : action.path("updates")) {
            reporter.post("/api/actions/" + actionId + "/updates", update, 201);
            updates++;
        }
        if (action.has("complete")) {
            reporter.post("/api/actions/" + actionId + "/complete", action.path("complete"), 200);
            updates++;
        }
        return updates;
    }

    /** The plan service learns findings from inspection-events, a moment after they are published. */
    private static List<String> findingsOnceKnown(GatewayClient client, String inspectionId, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                JsonNode known = client.get("/api/known-inspections/" + inspectionId + "/findings");
                if (known.size() >= expected) {
                    List<String> ids = new ArrayList<>();
                    known.forEach(f -> ids.add(f.path("findingId").asText()));
                    return ids;
                }
            } catch (IllegalStateException notYet) {
                // 404 until the inspection's events arrive
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("action-plan-service did not learn the findings of inspection "
                        + inspectionId + " within 60 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for findings", e);
            }
        }
    }
}
