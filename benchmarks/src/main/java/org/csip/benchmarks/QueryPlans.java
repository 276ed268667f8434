package org.csip.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans PostgreSQL chose for the statements a page's call made: the services' own statements, with their own
 * parameters, logged by PostgreSQL's {@code auto_explain} (shipped with the server, loaded at start by the launcher and
 * off until asked) with the rows each step really read. It is switched on for the whole server only while the calls are
 * made ({@code ALTER SYSTEM} and a configuration reload, which every open connection picks up at its next statement:
 * the services' pools are left alone), then off again.
 */
final class QueryPlans {
    /** Statements the services run on their own schedule (relays, deadline and notice sweeps), not for a page. */
    private static final Pattern BACKGROUND = Pattern.compile("outbox_event|outbox_sequence|mail_outbox|"
            + "deadline_notice|action_overdue_notice|review_due_notice|metrics_snapshot_notice|processed_event|"
            + "pg_catalog|advisory_xact_lock|^select 1$|^set |^show ", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGGED = Pattern.compile("LOG:  duration: ([0-9.]+) ms  plan:");
    private static final Pattern DISCARDED = Pattern.compile("Rows Removed by (?:Filter|Join Filter|Index Recheck):"
            + " (\\d+)");

    /** One statement's plan: what it asked, how long it took, and the plan's lines. */
    record Plan(String query, double millis, List<String> lines) {
        /**
         * The most rows one step of the plan read and threw away (per loop): what grows with the country when a
         * statement reads other councils' rows to find its own.
         */
        long mostRowsDiscarded() {
            return lines.stream().map(DISCARDED::matcher).filter(Matcher::find)
                    .mapToLong(found -> Long.parseLong(found.group(1))).max().orElse(0);
        }
    }

    private QueryPlans() {
    }

    /**
     * Makes each call once with every statement's plan logged and returns each call's plans, by its label. Each call
     * answers whether it succeeded; one that fails is tried again (the first calls after the pools' connections are
     * ended may meet a closed one).
     */
    static Map<String, List<Plan>> capture(int port, Path postgresLog, Map<String, BooleanSupplier> calls) {
        Map<String, List<Plan>> plans = new LinkedHashMap<>();
        switchTo(port, true);
        try {
            // Each connection applies the reload at its next statement: call the pages until their plans show in the
            // log, so none is read half before it.
            for (int round = 0; ; round++) {
                long from = size(postgresLog);
                calls.values().forEach(QueryPlans::untilItSucceeds);
                if (!parse(read(postgresLog, from)).isEmpty()) {
                    break;
                }
                if (round == 50) {
                    throw new IllegalStateException("No plan in " + postgresLog + " after 50 rounds with auto_explain on");
                }
            }
            for (Map.Entry<String, BooleanSupplier> call : calls.entrySet()) {
                long from = size(postgresLog);
                untilItSucceeds(call.getValue());
                plans.put(call.getKey(), parse(read(postgresLog, from)));
            }
        } finally {
            switchTo(port, false);
        }
        return plans;
    }

    private static void untilItSucceeds(BooleanSupplier call) {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (call.getAsBoolean()) {
                return;
            }
        }
        throw new IllegalStateException("A page's call failed five times while its query plans were logged");
    }

    private static void switchTo(int port, boolean on) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "postgres"); Statement statement = connection.createStatement()) {
            if (on) {
                statement.execute("ALTER SYSTEM SET auto_explain.log_min_duration = 0");
                statement.execute("ALTER SYSTEM SET auto_explain.log_analyze = on");
            } else {
                statement.execute("ALTER SYSTEM RESET auto_explain.log_min_duration");
                statement.execute("ALTER SYSTEM RESET auto_explain.log_analyze");
            }
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch auto_explain " + (on ? "on" : "off"), e);
        }
    }

    /** The plans auto_explain wrote in {@code log}: a LOG line with the duration, then the plan's tab-led lines. */
    static List<Plan> parse(String log) {
        List<Plan> plans = new ArrayList<>();
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher logged = LOGGED.matcher(lines.get(i));
            if (!logged.find()) {
                continue;
            }
            List<String> plan = new ArrayList<>();
            String query = "";
            int j = i + 1;
            for (; j < lines.size() && lines.get(j).startsWith("\t"); j++) {
                String line = lines.get(j).substring(1);
                if (line.startsWith("Query Text: ")) {
                    query = line.substring("Query Text: ".length()).strip();
                } else {
                    plan.add(line);
                }
            }
            i = j - 1;
            if (!BACKGROUND.matcher(query).find()) {
                plans.add(new Plan(query, Double.parseDouble(logged.group(1)), plan));
            }
        }
        return plans;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file, long from) {
        try {
            byte[] all = Files.readAllBytes(file);
            return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
