package org.csip.local.tools;

import org.csip.stack.StackConfig;
import org.csip.local.demo.GatewayClient;
import org.csip.local.demo.DemoStory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a folder of Ofsted report PDFs through the gateway, as a performance officer loading a council's history:
 * a line per file as it goes, then a table of what was read. With {@code confirm}, each draft that needs no person
 * is recorded; a file named {@code …-YYYY-MM-DD.pdf} gives the publication date ILACS reports do not print.
 */
public final class BulkReportImport {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.pdf$",
            Pattern.CASE_INSENSITIVE);

    private final GatewayClient api;
    private final PrintStream out;

    public BulkReportImport(GatewayClient api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** What happened to one file. */
    public record Row(String file, String result, String council, String type, String onSite, String overall,
                      int items, String flags, long millis) {
    }

    public List<Row> run(Path folder, boolean confirm) {
        List<Path> reports = pdfsIn(folder);
        out.printf("Importing %d report(s) from %s%s%n", reports.size(), folder, confirm ? " (recording those ready)"
                : " (drafts only: add --confirm to record)");
        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < reports.size(); i++) {
            Path report = reports.get(i);
            out.printf("[%d/%d] %s … ", i + 1, reports.size(), report.getFileName());
            out.flush();
            Row row = importOne(report, confirm);
            rows.add(row);
            out.printf("%s (%d ms)%n", row.result(), row.millis());
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        printTable(rows);
        out.printf("%d report(s) in %.1f s, %d ms per report%n", rows.size(), total / 1000.0,
                rows.isEmpty() ? 0 : total / rows.size());
        return rows;
    }

    private Row importOne(Path report, boolean confirm) {
        long started = System.nanoTime();
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(report);
        } catch (IOException e) {
            return row(report, "FAILED: " + e.getMessage(), null, started);
        }
        GatewayClient.Answer answer = api.postFile("/api/inspections/import", report.getFileName().toString(), pdf,
                "application/pdf");
        if (answer.status() != 201) {
            return row(report, "REFUSED " + answer.status() + ": " + answer.body().path("detail").asText(), null,
                    started);
        }
        JsonNode draft = answer.body();
        String fileDate = dateInName(report);
        List<String> blocking = new ArrayList<>();
        for (JsonNode flag : draft.path("flags")) {
            boolean dateFromName = flag.path("field").asText().equals("publishedDate") && fileDate != null;
            if (!flag.path("severity").asText().equals("NOTE") && !dateFromName) {
                blocking.add(flag.path("field").asText());
            }
        }
        if (!confirm) {
            return row(report, blocking.isEmpty() ? "READ" : "READ, CHECK " + String.join(", ", blocking), draft,
                    started);
        }
        if (!blocking.isEmpty()) {
            return row(report, "NOT RECORDED: check " + String.join(", ", blocking) + " (draft "
                    + draft.path("draftId").asText() + ")", draft, started);
        }
        ObjectNode edits = JsonNodeFactory.instance.objectNode();
        if (draft.path("publishedDate").isNull() && fileDate != null) {
            edits.put("publishedDate", fileDate);
        }
        GatewayClient.Answer confirmed = api.postForAnswer("/api/inspections/import/"
                + draft.path("draftId").asText() + "/confirm", edits);
        String result = confirmed.status() == 201 ? "RECORDED " + confirmed.body().path("id").asText()
                + (edits.has("publishedDate") ? " (published date from the file name)" : "")
                : "NOT RECORDED " + confirmed.status() + ": " + confirmed.body().path("detail").asText();
        return row(report, result, draft, started);
    }

    private static Row row(Path report, String result, JsonNode draft, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (draft == null) {
            return new Row(report.getFileName().toString(), result, "", "", "", "", 0, "", millis);
        }
        String overall = "";
        boolean overallFlagged = false;
        for (JsonNode flag : draft.path("flags")) {
            overallFlagged |= flag.path("field").asText().equals("judgements.OVERALL_EFFECTIVENESS");
        }
        for (JsonNode judgement : draft.path("judgements")) {
            if (judgement.path("area").asText().equals("OVERALL_EFFECTIVENESS")) {
                overall = judgement.path("grade").asText("?");
            }
        }
        if (overall.isEmpty() && draft.path("judgements").size() > 0 && !overallFlagged) {
            // ILACS from April 2026 forms no overall grade: say so rather than leave a blank that reads as unread.
            overall = "none (" + draft.path("framework").asText("?") + ")";
        }
        long checks = 0;
        long missing = 0;
        for (JsonNode flag : draft.path("flags")) {
            checks += flag.path("severity").asText().equals("CHECK") ? 1 : 0;
            missing += flag.path("severity").asText().equals("MISSING") ? 1 : 0;
        }
        return new Row(report.getFileName().toString(), result,
                draft.path("laName").asText("?") + " (" + draft.path("laCode").asText("?") + ")",
                draft.path("type").asText("?"), draft.path("onSiteStart").asText("?") + " to "
                + draft.path("onSiteEnd").asText("?"), overall, draft.path("findings").size(),
                missing + " missing, " + checks + " to check", millis);
    }

    private void printTable(List<Row> rows) {
        String format = "%-42s %-33s %-9s %-24s %-21s %5s %-22s %s%n";
        out.println();
        out.printf(format, "file", "council", "type", "on site", "overall", "items", "flags", "result");
        for (Row row : rows) {
            out.printf(format, row.file(), row.council(), row.type(), row.onSite(), row.overall(), row.items(),
                    row.flags(), row.result());
        }
    }

    private static String dateInName(Path report) {
        Matcher m = DATE_IN_NAME.matcher(report.getFileName().toString());
        return m.find() ? m.group(1) : null;
    }

    private static List<Path> pdfsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /**
     * {@code ./csip-import-reports [--confirm] <folder>}: against the local stack as the demo performance officer,
     * or against any CSIP with {@code CSIP_GATEWAY_URL} and a token in {@code CSIP_TOKEN}.
     */
    public static void main(String[] args) {
        boolean confirm = List.of(args).contains("--confirm");
        List<String> folders = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        if (folders.size() != 1 || !Files.isDirectory(Path.of(folders.get(0)))) {
            System.err.println("Usage: ./csip-import-reports [--confirm] <folder of Ofsted report PDFs>");
            System.exit(2);
        }
        StackConfig local = StackConfig.local(Path.of("."));
        String gateway = System.getenv().getOrDefault("CSIP_GATEWAY_URL", local.gatewayUrl());
        String token = System.getenv("CSIP_TOKEN");
        GatewayClient api = token != null ? GatewayClient.withToken(gateway, token)
                : GatewayClient.signIn(gateway, "http://localhost:" + local.keycloakPort() + "/realms/csip",
                DemoStory.LOADED_BY);
        List<Row> rows = new BulkReportImport(api, System.out).run(Path.of(folders.get(0)), confirm);
        System.exit(rows.stream().anyMatch(r -> r.result().startsWith("REFUSED") || r.result().startsWith("FAILED"))
                ? 1 : 0);
    }
}
