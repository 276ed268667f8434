package org.csip.local.demo;

import org.csip.stack.LocalStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the demo story of docs/domain.md §5 (St Helens) through the public API — the inspection history as the
 * council's performance officer, then the (illustrative) improvement plan answering the 2019 inspection, then each
 * agency's workforce (the council's giving St Helens' published 2019 figures) — and a second council of the same
 * force and ICB (Wirral: its 2016 report read from Ofsted's PDF by the importer, and an illustrative plan), so a
 * newcomer lands in a living system and a partner's dashboard spans two councils. Safe to run twice: it does nothing if the council's
 * history is already there.
 */
public final class DemoStory {
    static final String INSPECTIONS = "/demo/st-helens-inspections.json";
    public static final String LOADED_BY = "performance.officer";

    private final Function<String, GatewayClient> signedIn;
    private final GatewayClient api;

    /** @param signedIn a client signed in as the given demo user */
    public DemoStory(Function<String, GatewayClient> signedIn) {
        this.signedIn = signedIn;
        this.api = signedIn.apply(LOADED_BY);
    }

    /** Signs in through the stack's Keycloak (once per demo user) and loads the story. */
    public static Summary load(LocalStack stack) {
        Map<String, GatewayClient> clients = new HashMap<>();
        return new DemoStory(user -> clients.computeIfAbsent(user,
                u -> GatewayClient.signIn(stack.gatewayUrl(), stack.issuer(), u))).load();
    }

    /** What the load did, for the start-up banner. */
    public record Summary(String laCode, int inspections, int findings, int interventions, int reviews,
                          int themes, int actions, int progressUpdates, int boardMeetings, int measures,
                          int teams, int staff, int vacancies, boolean alreadyLoaded, List<String> otherCouncils) {
    }

    /** The demo's other councils: each an inspections story (with who records it) and a plan story. */
    static final List<String[]> OTHER_COUNCILS = List.<String[]>of(
            new String[] {"/demo/wirral-inspections.json", "/demo/wirral-plan.json"});

    public Summary load() {
        JsonNode story = read(INSPECTIONS);
        String laCode = story.path("laCode").asText();
        if (alreadyLoaded(story.path("inspections").get(0))) {
            return new Summary(laCode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, true, List.of());
        }
        History history = history(story, api);
        JsonNode planStory = read(DemoPlan.FILE);
        DemoPlan.Loaded plan = plan(planStory, history);
        // Each agency's workforce; then the council's snapshot as at the story's date feeds the plan's caseload measure.
        JsonNode workforceStory = DemoWorkforce.story();
        DemoWorkforce.Loaded workforce = new DemoWorkforce(signedIn::apply).load(workforceStory);
        signedIn.apply("council.workforce").post("/api/metrics/snapshots",
                Map.of("asOf", workforceStory.path("asOf").asText()), 200);
        List<String> others = new ArrayList<>();
        for (String[] council : OTHER_COUNCILS) {
            JsonNode otherStory = read(council[0]);
            History otherHistory = history(otherStory, signedIn.apply(otherStory.path("loadedBy").asText()));
            DemoPlan.Loaded otherPlan = plan(read(council[1]), otherHistory);
            others.add(otherStory.path("laCode").asText() + ": " + otherHistory.inspections() + " inspection(s) with "
                    + otherHistory.findings() + " findings read from Ofsted's report, a plan with " + otherPlan.themes()
                    + " themes, " + otherPlan.actions() + " actions and " + otherPlan.updates() + " progress reports");
        }
        return new Summary(laCode, history.inspections(), history.findings(), story.path("interventions").size(),
                history.reviews(), plan.themes(), plan.actions(), plan.updates(), plan.boardMeetings(), plan.measures(),
                workforce.teams(), workforce.staff(), workforce.vacancies(), false, List.copyOf(others));
    }

    /** A council's recorded inspections (by the story's keys), their findings and the interventions' reviews. */
    private record History(Map<String, String> inspectionIds, Map<String, Integer> findingsOf, int findings,
                           int reviews) {
        int inspections() {
            return inspectionIds.size();
        }
    }

    /** Records a council's inspection history as {@code recorder}, one of its inspection editors. */
    private History history(JsonNode story, GatewayClient recorder) {
        Map<String, String> inspectionIds = new HashMap<>();
        Map<String, Integer> findingsOf = new HashMap<>();
        int findings = 0;
        for (JsonNode inspection : story.path("inspections")) {
            String key = inspection.path("key").asText();
            if (inspection.has("import")) {
                JsonNode recorded = new ReportImport(recorder).load(inspection.path("import"));
                inspectionIds.put(key, recorded.path("id").asText());
                findingsOf.put(key, inspection.path("import").path("expect").path("findings").asInt());
            } else {
                String id = recorder.post("/api/inspections", inspection.path("notified"), 201).path("id").asText();
                inspectionIds.put(key, id);
                recorder.post("/api/inspections/" + id + "/publish", inspection.path("publish"), 200);
                findingsOf.put(key, inspection.path("publish").path("findings").size());
            }
            findings += findingsOf.get(key);
        }
        int reviews = 0;
        for (JsonNode intervention : story.path("interventions")) {
            ObjectNode start = intervention.path("start").deepCopy();
            start.put("triggeredByInspectionId", inspectionIds.get(intervention.path("triggeredBy").asText()));
            JsonNode started = recorder.post("/api/interventions", start, 201);
            reviews += recordReviews(recorder, started, intervention.path("reviews"));
            if (intervention.has("end")) {
                recorder.post("/api/interventions/" + started.path("id").asText() + "/end", intervention.path("end"),
                        200);
            }
        }
        return new History(inspectionIds, findingsOf, findings, reviews);
    }

    private DemoPlan.Loaded plan(JsonNode planStory, History history) {
        String answers = planStory.path("answers").asText();
        return new DemoPlan(signedIn).load(planStory, history.inspectionIds().get(answers),
                history.findingsOf().get(answers));
    }

    /**
     * The demo's 2019 inspection goes in as a performance officer would record it: Ofsted's PDF uploaded to the report
     * importer, the draft checked against what the story expects, then confirmed with the dates the report does not
     * print and the (illustrative) judgement areas the plan ties its findings to.
     */
    static final class ReportImport {
        private final GatewayClient api;

        ReportImport(GatewayClient api) {
            this.api = api;
        }

        JsonNode load(JsonNode story) {
            String pdf = story.path("pdf").asText();
            byte[] report = bytes(pdf);
            JsonNode draft = api.postFile("/api/inspections/import", pdf.substring(pdf.lastIndexOf('/') + 1), report,
                    "application/pdf", 201);
            JsonNode expect = story.path("expect");
            expect.fieldNames().forEachRemaining(field -> {
                String read = field.equals("findings") ? String.valueOf(draft.path("findings").size())
                        : draft.path(field).asText();
                if (!read.equals(expect.path(field).asText())) {
                    throw new IllegalStateException("The importer read " + field + " = " + read + " from " + pdf
                            + "; the demo expects " + expect.path(field).asText());
                }
            });
            ObjectNode confirm = story.path("confirm").deepCopy();
            if (!story.has("findingAreas")) {
                // The findings as the importer read them.
                return api.post("/api/inspections/import/" + draft.path("draftId").asText() + "/confirm", confirm, 201);
            }
            com.fasterxml.jackson.databind.node.ArrayNode findings = confirm.putArray("findings");
            for (int i = 0; i < draft.path("findings").size(); i++) {
                ObjectNode finding = draft.path("findings").get(i).deepCopy();
                finding.retain("kind", "text");
                finding.put("area", story.path("findingAreas").get(i).asText());
                findings.add(finding);
            }
            return api.post("/api/inspections/import/" + draft.path("draftId").asText() + "/confirm", confirm, 201);
        }
    }

    /** The story's first inspection, published, tells that an earlier run loaded it. */
    private boolean alreadyLoaded(JsonNode first) {
        JsonNode notified = first.path("notified");
        String visit = notified.path("onSiteStart").asText();
        return api.get("/api/inspections?status=PUBLISHED&laCode=" + notified.path("laCode").asText() + "&type="
                + notified.path("type").asText() + "&from=" + visit + "&to=" + visit).size() > 0;
    }

    /** One review per cadence from the start, up to the {@code until} date. */
    private static int recordReviews(GatewayClient api, JsonNode intervention, JsonNode reviews) {
        if (reviews.isMissingNode()) {
            return 0;
        }
        LocalDate until = LocalDate.parse(reviews.path("until").asText());
        int weeks = intervention.path("reviewCadenceWeeks").asInt();
        int held = 0;
        for (LocalDate date = LocalDate.parse(intervention.path("startDate").asText()).plusWeeks(weeks);
             !date.isAfter(until); date = date.plusWeeks(weeks)) {
            api.post("/api/interventions/" + intervention.path("id").asText() + "/reviews",
                    Map.of("reviewDate", date.toString(), "summary", reviews.path("summary").asText()), 201);
            held++;
        }
        return held;
    }

    private static JsonNode read(String resource) {
        try {
            return new ObjectMapper().readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = DemoStory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing from the launcher");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
