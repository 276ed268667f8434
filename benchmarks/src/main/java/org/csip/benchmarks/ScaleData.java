package org.csip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The national data set of scenario 4 (docs/performance.md): for each council of the DfE register, what a council in
 * improvement holds — 3 to 8 inspections with their findings, a plan of 6 themes and 200 actions with 20 progress
 * reports each, board meetings, measures, 40 teams and 400 staff — and 43 police forces and 42 health boards covering
 * the councils, each force's HMICFRS inspection its own record. It is written in bulk straight into the services'
 * databases (SQL under {@code scale/}, one script per database), not through their APIs: 612,000 progress reports
 * through the API would take the best part of an hour, in bulk a minute or two. Every value is drawn from a hash of the
 * seed and the row's key, so a seed gives the same data on every run (dates count back from the day of the run).
 */
final class ScaleData {
    /** The forces and boards of England: 43 and 42; the realm's own keep their councils, the rest are drawn up here. */
    static final int FORCES = 43;
    static final int HEALTH_BOARDS = 42;
    private static final Pattern COUNCIL_CODE = Pattern.compile("\\d{3}");
    private static final List<String> SCRIPTS = List.of("inspections", "action_plans", "workforce");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A council of the register: its code and region, the order the forces and boards are drawn up in. */
    record Council(String laCode, String regionCode) {
    }

    /** Who covers which councils: each force's and each health board's councils, by alias. */
    record Coverage(Map<String, List<String>> forces, Map<String, List<String>> healthBoards) {
        /** The force covering {@code laCode}. */
        String forceOf(String laCode) {
            return forces.entrySet().stream().filter(force -> force.getValue().contains(laCode)).findFirst()
                    .orElseThrow().getKey();
        }
    }

    /** What one load wrote: the councils, the rows now in the largest tables, and how long it took. */
    record Loaded(int councils, Map<String, Long> rows, double seconds) {
    }

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final long seed;

    ScaleData(String host, int port, String user, String password, long seed) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.seed = seed;
    }

    /** The current councils of the register the inspection-service holds (the DfE's, 153), by region then code. */
    List<Council> register() {
        try (Connection connection = connect("inspections");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT la_code, region_code FROM local_authority"
                     + " WHERE ons_code IS NOT NULL ORDER BY region_code, la_code")) {
            List<Council> councils = new ArrayList<>();
            while (rows.next()) {
                councils.add(new Council(rows.getString(1), rows.getString(2)));
            }
            return councils;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the register", e);
        }
    }

    /**
     * The forces and health boards covering the register: the realm's own (Merseyside Police, the Cheshire and
     * Merseyside ICB) with their councils, the rest drawn up from the other councils in register order (region, then
     * code) in runs of near-equal size — plausible neighbours, not the real boundaries.
     */
    static Coverage coverage(List<Council> register, JsonNode realm) {
        return new Coverage(cover(register, realm, "police", "force", FORCES),
                cover(register, realm, "health", "health-board", HEALTH_BOARDS));
    }

    private static Map<String, List<String>> cover(List<Council> register, JsonNode realm, String kind, String prefix,
                                                   int count) {
        Map<String, List<String>> covering = new LinkedHashMap<>();
        Set<String> covered = new LinkedHashSet<>();
        for (JsonNode organisation : realm.path("organizations")) {
            if (kind.equals(organisation.path("attributes").path("kind").path(0).asText())) {
                List<String> councils = new ArrayList<>();
                organisation.path("attributes").path("councils").forEach(code -> councils.add(code.asText()));
                covering.put(organisation.path("alias").asText(), councils);
                covered.addAll(councils);
            }
        }
        List<String> rest = register.stream().map(Council::laCode).filter(code -> !covered.contains(code)).toList();
        int drawn = count - covering.size();
        for (int i = 0; i < drawn; i++) {
            covering.put(String.format("%s-%02d", prefix, i + 1),
                    rest.subList(rest.size() * i / drawn, rest.size() * (i + 1) / drawn));
        }
        return covering;
    }

    /** The realm the stack imports, whose organisations keep their councils in the national data set. */
    static JsonNode realm() {
        try (InputStream in = ScaleData.class.getClassLoader().getResourceAsStream("keycloak/csip-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("keycloak/csip-realm.json is not on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the data of {@code councils} (and the inspections of the forces covering any of them), copies the
     * inspections and findings into the action-plan-service's read model, and refreshes the planner's statistics.
     */
    Loaded load(List<String> councils, Coverage coverage) {
        councils.forEach(code -> {
            if (!COUNCIL_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Not a council code: " + code);
            }
        });
        long began = System.nanoTime();
        ArrayNode forces = JSON.createArrayNode();
        coverage.forces().forEach((alias, covered) -> {
            if (covered.stream().anyMatch(councils::contains)) {
                ObjectNode force = forces.addObject().put("alias", alias);
                covered.forEach(force.putArray("councils")::add);
            }
        });
        Map<String, String> values = Map.of("${seed}", "'" + seed + "'",
                "${councils}", "ARRAY[" + String.join(",", councils.stream().map(c -> "'" + c + "'").toList())
                        + "]::varchar(3)[]",
                "${forces}", "'" + forces.toString().replace("'", "''") + "'");
        for (String script : SCRIPTS) {
            run(script, values);
        }
        copyKnownInspections(councils, forces);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String database : SCRIPTS) {
            analyse(database);
        }
        rows.put("inspections", count("inspections", "inspection"));
        rows.put("findings", count("inspections", "finding"));
        rows.put("actions", count("action_plans", "action"));
        rows.put("progress reports", count("action_plans", "progress_update"));
        rows.put("audited changes", count("action_plans", "action_aud"));
        rows.put("board meetings", count("action_plans", "board_meeting"));
        rows.put("measure actuals", count("action_plans", "measure_actual"));
        rows.put("teams", count("workforce", "team"));
        rows.put("staff", count("workforce", "staff_member"));
        rows.put("caseload snapshots", count("workforce", "caseload_snapshot"));
        return new Loaded(councils.size(), rows, (System.nanoTime() - began) / 1e9);
    }

    private void run(String database, Map<String, String> values) {
        String script = resource("scale/" + database + ".sql");
        for (Map.Entry<String, String> value : values.entrySet()) {
            script = script.replace(value.getKey(), value.getValue());
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // The rows' random draws: a number in [0, 1) from a hash of the seed and the row's key.
            statement.execute("CREATE FUNCTION pg_temp.r(k text) RETURNS float8 IMMUTABLE LANGUAGE sql AS"
                    + " $$ SELECT ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$");
            for (String sql : script.split(";\\s*\\n")) {
                String body = sql.lines().filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n")).strip();
                if (!body.isEmpty()) {
                    statement.execute(body);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Scale data for " + database + " failed: " + e.getMessage(), e);
        }
    }

    /** known_inspection and known_finding as the inspection events would have left them in the action-plan-service. */
    private void copyKnownInspections(List<String> councils, ArrayNode forces) {
        List<String> aliases = new ArrayList<>();
        forces.forEach(force -> aliases.add(force.path("alias").asText()));
        String inspections = "SELECT i.id, i.la_code, i.type, i.status, i.notified_date, i.on_site_start, i.on_site_end,"
                + " i.published_date, i.organisation, i.councils, i.inspectorates,"
                + " (SELECT json_agg(json_build_object('area', j.area, 'grade', j.grade) ORDER BY j.area)"
                + "  FROM judgement j WHERE j.inspection_id = i.id)"
                + " FROM inspection i WHERE i.created_by = 'scale-data' AND (i.la_code = ANY (?) OR i.organisation = ANY (?))";
        String findings = "SELECT f.id, f.inspection_id, i.la_code, i.type, f.sequence, f.kind, f.area, f.text,"
                + " f.addressed_to FROM finding f JOIN inspection i ON i.id = f.inspection_id"
                + " WHERE i.created_by = 'scale-data' AND i.la_code = ANY (?)";
        try (Connection from = connect("inspections"); Connection to = connect("action_plans")) {
            to.setAutoCommit(false);
            try (PreparedStatement read = from.prepareStatement(inspections);
                 PreparedStatement write = to.prepareStatement("INSERT INTO known_inspection (inspection_id, la_code,"
                         + " type, graded, status, notified_date, on_site_start, on_site_end, last_event_id, updated_at,"
                         + " published_date, overall_grade, overall_graded, judgements, last_sequence, organisation,"
                         + " councils, inspectorates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scale-data', now(), ?, ?, ?, ?,"
                         + " 1, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                read.setArray(1, from.createArrayOf("varchar", councils.toArray()));
                read.setArray(2, from.createArrayOf("varchar", aliases.toArray()));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        String type = rows.getString(3);
                        JsonNode judgements = rows.getString(12) == null ? JSON.createArrayNode()
                                : labelled(JSON.readTree(rows.getString(12)));
                        String overall = null;
                        for (JsonNode judgement : judgements) {
                            if ("OVERALL_EFFECTIVENESS".equals(judgement.path("area").asText())) {
                                overall = judgement.path("grade").asText();
                            }
                        }
                        write.setObject(1, rows.getObject(1));
                        write.setString(2, rows.getString(2));
                        write.setString(3, type);
                        write.setBoolean(4, !"UNGRADED".equals(type) && !type.endsWith("_VISIT"));
                        write.setString(5, rows.getString(4));
                        write.setDate(6, rows.getDate(5));
                        write.setDate(7, rows.getDate(6));
                        write.setDate(8, rows.getDate(7));
                        write.setDate(9, rows.getDate(8));
                        write.setString(10, overall);
                        write.setBoolean(11, overall != null);
                        write.setString(12, judgements.toString());
                        write.setString(13, rows.getString(9));
                        Array covered = rows.getArray(10);
                        write.setArray(14, to.createArrayOf("varchar", (Object[]) covered.getArray()));
                        write.setString(15, rows.getString(11));
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
            try (PreparedStatement read = from.prepareStatement(findings);
                 PreparedStatement write = to.prepareStatement("INSERT INTO known_finding (finding_id, inspection_id,"
                         + " la_code, inspection_type, sequence, kind, area, text, last_event_id, updated_at,"
                         + " last_sequence, addressed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scale-data', now(), 1, ?)"
                         + " ON CONFLICT DO NOTHING")) {
                read.setArray(1, from.createArrayOf("varchar", councils.toArray()));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        write.setObject(1, rows.getObject(1));
                        write.setObject(2, rows.getObject(2));
                        write.setString(3, rows.getString(3));
                        write.setString(4, rows.getString(4));
                        write.setInt(5, rows.getInt(5));
                        write.setString(6, rows.getString(6));
                        write.setString(7, rows.getString(7));
                        write.setString(8, rows.getString(8));
                        write.setString(9, rows.getString(9));
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
            to.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Copying the scale data's inspections to the action-plan-service failed", e);
        }
    }

    /** The judgements as the read model keeps them: with the ILACS 2023 labels of each area and grade. */
    private static JsonNode labelled(JsonNode judgements) {
        Map<String, String> areas = Map.of("OVERALL_EFFECTIVENESS", "Overall effectiveness",
                "IMPACT_OF_LEADERS", "The impact of leaders on social work practice with children and families",
                "HELP_AND_PROTECTION", "The experiences and progress of children who need help and protection",
                "CHILDREN_IN_CARE", "The experiences and progress of children in care",
                "CARE_LEAVERS", "The experiences and progress of care leavers");
        Map<String, String> grades = Map.of("OUTSTANDING", "Outstanding", "GOOD", "Good",
                "REQUIRES_IMPROVEMENT", "Requires improvement to be good", "INADEQUATE", "Inadequate");
        ArrayNode labelled = JSON.createArrayNode();
        for (JsonNode judgement : judgements) {
            String area = judgement.path("area").asText();
            String grade = judgement.path("grade").asText();
            labelled.addObject().put("area", area).put("grade", grade).put("label", areas.getOrDefault(area, area))
                    .put("gradeLabel", grades.getOrDefault(grade, grade));
        }
        return labelled;
    }

    private void analyse(String database) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE of " + database + " failed", e);
        }
    }

    private long count(String database, String table) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting " + table + " failed", e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    private static String resource(String name) {
        try (InputStream in = ScaleData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
