package org.csip.dashboard;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What each part of the dashboard shows, ready for its template (one record per section). */
public final class Sections {
    private Sections() {
    }

    /** One council of a person who covers several: the actions they follow there, and whether the page shows it. */
    @TemplateData
    public record CouncilRow(String laCode, String name, int open, int overdue, int atRisk, int completed,
                             boolean shown) {
    }

    /** One open action as "My actions" lists it. */
    @TemplateData
    public record ActionRow(String id, String title, String leadAgency, String owner, String dueDate, String status,
                            String rag, boolean overdue, String lastUpdate, boolean mayReport) {
    }

    /** The open actions the viewer follows, most urgent first, with the counts above them. */
    @TemplateData
    public record MyActions(String scope, List<ActionRow> rows, int open, int overdue, int atRisk, int completed,
                            String planId) {
    }

    /** A chart (its Chart.js data as JSON) and the same figures as a table, for those who cannot see the chart. */
    @TemplateData
    public record Chart(String id, String title, String json, List<String> columns, List<List<String>> rows) {
    }

    /** One theme of the plan: its actions by status and RAG. */
    @TemplateData
    public record ThemeRow(String title, int notStarted, int inProgress, int completed, int cancelled, int red,
                           int amber, int green) {
    }

    /** The plan's progress by theme, and how many of the inspection's findings its actions answer, in all and by addressee. */
    @TemplateData
    public record PlanProgress(String planId, String title, String status, List<ThemeRow> themes, int findings,
                               int covered, List<AddresseeRow> byAddressee, Chart chart) {

        /** Whether any finding is addressed to someone other than the council (then the page breaks coverage down). */
        public boolean partnersAddressed() {
            return byAddressee.stream().anyMatch(a -> !"COUNCIL".equals(a.code()));
        }
    }

    /** Of the findings addressed to one partner (or the partnership), how many the plan answers. */
    @TemplateData
    public record AddresseeRow(String code, String addressee, int findings, int covered, int uncoveredPriorityActions) {
    }

    /** The inspection findings addressed to the viewer's agency or its partnership, in the council shown. */
    @TemplateData
    public record Findings(String addressees, List<FindingRow> rows, int unanswered) {
    }

    /** One finding addressed to the viewer: what it says, whom it addresses, and the actions that answer it. */
    @TemplateData
    public record FindingRow(String inspectionType, String kind, String text, String addressedTo, boolean answered,
                             List<String> answeredBy) {
    }

    /** The council's statutory deadlines and expected inspection dates still open, soonest first. */
    @TemplateData
    public record Deadlines(List<DeadlineRow> rows, int olderNotMet) {
    }

    /** One deadline: what is due, whose it is, when, how many days are left, and how the date was worked out. */
    @TemplateData
    public record DeadlineRow(String title, String owner, String dueDate, String when, String status, boolean late,
                              String basis) {
    }

    /** An intervention in force: what, since when, and when the DfE reviews it next. */
    @TemplateData
    public record Intervention(String type, String startDate, String adviser, String nextReviewDue) {
    }

    /** The council's Ofsted story: the current grade, judgements over time and the interventions in force. */
    @TemplateData
    public record Timeline(String name, String currentGrade, String gradePublished, String currentJudgements,
                           List<Intervention> interventions, Chart chart) {
    }

    /** Workforce figures: the agency's own month by month, and for the council the DfE benchmarks. */
    @TemplateData
    public record Workforce(String agency, List<Chart> charts) {
    }
}
