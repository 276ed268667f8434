package org.csip.dashboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** An overseer's portfolio as CSV (RFC 4180, a header row): one council a row, for the adviser's own reporting. */
final class PortfolioCsv {
    /** The columns, as the table shows them. */
    @JsonPropertyOrder({"laCode", "council", "latestJudgement", "judgementPublished", "interventionsInForce",
        "nextReviewDue", "plan", "planStatus", "findings", "findingsAnswered", "overdueActions", "dfeYear",
        "turnoverRate", "turnoverEngland", "vacancyRate", "vacancyEngland", "agencyRate", "agencyEngland",
        "unavailable"})
    record Line(String laCode, String council, String latestJudgement, String judgementPublished,
                String interventionsInForce, String nextReviewDue, String plan, String planStatus, Integer findings,
                Integer findingsAnswered, Integer overdueActions, Integer dfeYear, Double turnoverRate,
                Double turnoverEngland, Double vacancyRate, Double vacancyEngland, Double agencyRate,
                Double agencyEngland, String unavailable) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Line.class).withHeader();

    private PortfolioCsv() {
    }

    static String write(List<Portfolio.Row> rows) {
        List<Line> lines = rows.stream().map(r -> new Line(r.laCode(), ActionsCsv.cell(r.name()), r.grade(),
                r.gradePublished(), r.interventions() == null ? null : ActionsCsv.cell(r.interventions()),
                r.nextReviewDue(), r.planTitle() == null ? null : ActionsCsv.cell(r.planTitle()), r.planStatus(),
                r.findings(), r.covered(), r.overdueActions(), r.dfeYear(), r.turnoverRate(), r.turnoverEngland(),
                r.vacancyRate(), r.vacancyEngland(), r.agencyRate(), r.agencyEngland(),
                String.join(" ", r.unavailable()))).toList();
        try {
            return CSV.writer(SCHEMA).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the portfolio as CSV", e);
        }
    }
}
