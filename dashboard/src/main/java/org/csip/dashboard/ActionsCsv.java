package org.csip.dashboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** The actions a person follows as CSV (RFC 4180, a header row), for the spreadsheets partnership boards live in. */
final class ActionsCsv {
    /** A row: the fields a board paper needs, in the order it reads them. */
    @JsonPropertyOrder({"title", "leadAgency", "owner", "status", "rag", "startDate", "dueDate", "originalDueDate",
        "slippageDays", "overdue", "percentComplete", "completedOn", "id"})
    record Row(String title, String leadAgency, String owner, String status, String rag, String startDate,
               String dueDate, String originalDueDate, long slippageDays, boolean overdue, Integer percentComplete,
               String completedOn, String id) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private ActionsCsv() {
    }

    /**
     * Free text as a spreadsheet will show it, never run it: a cell starting with = + - @ (or a tab or carriage
     * return, which some spreadsheets skip before reading a formula) gets a leading apostrophe (OWASP, "CSV Injection").
     */
    static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String write(List<JsonNode> actions) {
        List<Row> rows = actions.stream().map(a -> new Row(cell(a.path("title").asText()),
                a.path("leadAgency").asText(), cell(a.path("owner").asText()), a.path("status").asText(), a.path("rag").asText(""),
                a.path("startDate").asText(""), a.path("dueDate").asText(""), a.path("originalDueDate").asText(""),
                a.path("slippageDays").asLong(), a.path("overdue").asBoolean(),
                a.path("percentComplete").isNumber() ? a.path("percentComplete").asInt() : null,
                a.path("completedOn").asText(""), a.path("id").asText())).toList();
        try {
            return CSV.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the actions as CSV", e);
        }
    }
}
