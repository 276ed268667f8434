package org.csip.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads each agency's (illustrative) workforce from {@code demo/st-helens-workforce.json} through the API, as each
 * agency's workforce editor: teams, staff groups expanded into people known by reference (round-robin over the
 * agency's teams), leavers, agency workers, vacancies with candidates, starters filling vacancies, and caseload
 * snapshots. The council's groups are sized so its metrics as at 30 September 2019 are St Helens' published ones
 * (docs/domain.md §2: 124.9 in post, 34.6 leavers, 49 agency, 42 vacancies, 1,954 cases over 99.3 FTE).
 */
public final class DemoWorkforce {
    public static final String FILE = "/demo/st-helens-workforce.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, ApiClient> signedIn;

    /** @param signedIn a client signed in as the named demo user (each agency's workforce editor) */
    public DemoWorkforce(Function<String, ApiClient> signedIn) {
        this.signedIn = signedIn;
    }

    /** What the load did. */
    public record Loaded(int teams, int staff, int leavers, int vacancies, int filled, int caseloads) {
    }

    public static JsonNode story() {
        try (InputStream in = DemoWorkforce.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Loaded load(JsonNode story) {
        int teams = 0;
        int staff = 0;
        int leavers = 0;
        int vacancies = 0;
        int filled = 0;
        int caseloads = 0;
        for (JsonNode agency : story.path("agencies")) {
            ApiClient editor = signedIn.apply(agency.path("editor").asText());
            List<String> teamIds = new ArrayList<>();
            for (JsonNode team : agency.path("teams")) {
                ObjectNode body = JSON.createObjectNode();
                body.put("laCode", story.path("laCode").asText());
                body.put("name", team.path("name").asText());
                body.put("serviceArea", team.path("serviceArea").asText());
                body.set("establishmentFte", team.path("establishmentFte"));
                String teamId = editor.post("/api/teams", body, 201).path("id").asText();
                teamIds.add(teamId);
                for (JsonNode caseload : team.path("caseloads")) {
                    ObjectNode snapshot = caseload.deepCopy();
                    snapshot.put("teamId", teamId);
                    editor.post("/api/caseloads", snapshot, 201);
                    caseloads++;
                }
                teams++;
            }
            String prefix = agency.path("prefix").asText();
            int next = 0;
            for (JsonNode group : agency.path("staff")) {
                LocalDate started = LocalDate.parse(group.path("started").asText());
                for (int i = 0; i < group.path("count").asInt(); i++) {
                    String teamId = teamIds.get(next % teamIds.size());
                    next++;
                    LocalDate start = started.plusDays((long) i * group.path("everyDays").asInt(0));
                    String vacancyId = null;
                    if (group.has("fillsVacancyOpenedDaysBefore")) {
                        vacancyId = editor.post("/api/vacancies", Map.of("teamId", teamId,
                                "role", group.path("role").asText(), "fte", group.path("fte").decimalValue(),
                                "openedOn", start.minusDays(group.path("fillsVacancyOpenedDaysBefore").asInt()).toString()),
                                201).path("id").asText();
                        vacancies++;
                    }
                    ObjectNode person = JSON.createObjectNode();
                    person.put("reference", String.format("%s-%04d", prefix, next));
                    person.put("teamId", teamId);
                    person.put("role", group.path("role").asText());
                    person.put("contract", group.path("contract").asText("PERMANENT"));
                    person.set("fte", group.path("fte"));
                    person.put("caseHolder", group.path("caseHolder").asBoolean());
                    person.put("coversVacancy", group.path("coversVacancy").asBoolean());
                    person.put("startDate", start.toString());
                    String staffId = editor.post("/api/staff", person, 201).path("id").asText();
                    staff++;
                    if (vacancyId != null) {
                        editor.post("/api/vacancies/" + vacancyId + "/fill", Map.of("staffId", staffId), 200);
                        filled++;
                    }
                    if (group.has("left")) {
                        LocalDate left = LocalDate.parse(group.path("left").asText())
                                .plusDays((long) i * group.path("leftEveryDays").asInt(0));
                        ObjectNode leaving = JSON.createObjectNode();
                        leaving.put("leftOn", left.toString());
                        leaving.put("reason", group.path("reason").asText("RESIGNATION"));
                        if (group.has("note")) {
                            leaving.put("note", group.path("note").asText());
                        }
                        editor.post("/api/staff/" + staffId + "/leave", leaving, 200);
                        leavers++;
                    }
                }
            }
            int vacancyNo = 0;
            for (JsonNode group : agency.path("vacancies")) {
                LocalDate opened = LocalDate.parse(group.path("opened").asText());
                for (int i = 0; i < group.path("count").asInt(); i++) {
                    String teamId = teamIds.get(vacancyNo % teamIds.size());
                    LocalDate openedOn = opened.plusDays((long) i * group.path("everyDays").asInt(0));
                    String vacancyId = editor.post("/api/vacancies", Map.of("teamId", teamId,
                            "role", group.path("role").asText(), "fte", group.path("fte").decimalValue(),
                            "openedOn", openedOn.toString()), 201).path("id").asText();
                    vacancies++;
                    vacancyNo++;
                    if (i < group.path("withCandidates").asInt(0)) {
                        recruit(editor, vacancyId, prefix + "-R" + vacancyNo, openedOn, group.path("candidateStages"));
                    }
                }
            }
        }
        return new Loaded(teams, staff, leavers, vacancies, filled, caseloads);
    }

    /** One candidate per listed stage, each taken step by step to it, a week apart. */
    private static void recruit(ApiClient editor, String vacancyId, String reference, LocalDate openedOn,
                                JsonNode stages) {
        List<String> ladder = List.of("SHORTLISTED", "INTERVIEWED", "OFFERED", "ACCEPTED");
        for (int c = 0; c < stages.size(); c++) {
            LocalDate applied = openedOn.plusDays(7 + c);
            JsonNode vacancy = editor.post("/api/vacancies/" + vacancyId + "/candidates",
                    Map.of("reference", reference + "-" + (c + 1), "appliedOn", applied.toString()), 200);
            String candidateId = vacancy.path("candidates").get(vacancy.path("candidates").size() - 1).path("id").asText();
            String target = stages.get(c).asText();
            LocalDate on = applied;
            for (String stage : ladder) {
                if (target.equals("APPLIED")) {
                    break;
                }
                on = on.plusDays(7);
                editor.post("/api/vacancies/" + vacancyId + "/candidates/" + candidateId + "/stage",
                        Map.of("stage", stage, "on", on.toString()), 200);
                if (stage.equals(target)) {
                    break;
                }
            }
        }
    }
}
