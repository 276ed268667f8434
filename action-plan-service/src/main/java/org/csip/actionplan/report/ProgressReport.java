package org.csip.actionplan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.action.Rag;
import org.csip.actionplan.knowninspection.KnownJudgement;
import org.csip.actionplan.measure.Direction;
import org.csip.actionplan.plan.PlanStatus;
import org.csip.common.security.Agency;

/**
 * The improvement adviser's progress report on a plan for a period (docs/domain.md: every six weeks, to the
 * minister): what was completed, started, slipped and is overdue, how confidence moved, the measures
 * against target, the board's decisions and the findings still unanswered. JSON, HTML and PDF show this.
 */
public record ProgressReport(UUID planId, String laCode, String laName, String planTitle, PlanStatus planStatus,
                             LocalDate submittedOn, LocalDate acceptedOn, List<AnsweredInspection> inspections, LocalDate from, LocalDate to,
                             OffsetDateTime generatedAt, Headline headline, List<ThemeProgress> themes,
                             List<ActionLine> completed, List<ActionLine> started, List<Slip> slipped,
                             List<ActionLine> overdue, List<RagChange> ragChanges, List<MeasureLine> measures,
                             List<DecisionLine> decisions, List<FindingLine> uncoveredFindings) {

    /**
     * An inspection the plan answers, with every judgement; {@code overallGrade} is null where its framework forms
     * none ({@code overallGraded} false), and the report says so rather than showing a grade that does not exist.
     */
    public record AnsweredInspection(UUID inspectionId, String type, LocalDate publishedDate, String overallGrade,
                                     Boolean overallGraded, List<KnownJudgement> judgements) {

        /** "Overall effectiveness: inadequate", "No overall grade", or null before it is published or when ungraded. */
        public String overallInWords() {
            if (overallGrade != null) {
                return "overall effectiveness: " + ReportFormat.label(overallGrade).toLowerCase(java.util.Locale.UK);
            }
            return Boolean.FALSE.equals(overallGraded) ? "no overall grade (its framework forms none)" : null;
        }

        /** Every judgement other than the overall one, in words. */
        public String judgementsInWords() {
            return judgements.stream().filter(j -> !"OVERALL_EFFECTIVENESS".equals(j.area()))
                    .map(AnsweredInspection::inWords).collect(java.util.stream.Collectors.joining("; "));
        }

        /** "Care leavers: good" — the words the event carried, or the codes as words where an older one had none. */
        private static String inWords(KnownJudgement judgement) {
            String area = judgement.label() != null ? judgement.label() : ReportFormat.label(judgement.area());
            String grade = judgement.gradeLabel() != null ? judgement.gradeLabel()
                    : ReportFormat.label(judgement.grade());
            return area + ": " + grade.toLowerCase(java.util.Locale.UK);
        }
    }

    /** The figures at the top of the report. */
    public record Headline(int actions, int open, int completed, int started, int slipped, int overdue,
                           int ragChanges, int ragWorsened, int red, int measures, int measuresOnTarget,
                           int boardDecisions, int findings, int uncoveredFindings) {
    }

    /**
     * A theme's actions (not counting cancelled ones) by where they stood at the end of the period: status,
     * RAG and how many were overdue.
     */
    public record ThemeProgress(int position, String title, int actions, int notStarted, int inProgress,
                                int completed, int cancelled, int overdue, int red, int amber, int green) {
    }

    /**
     * An action in one of the report's lists, with its status and RAG at the end of the period; {@code on} is
     * the date that put it there (completed on, started on) and {@code daysOverdue} is set in the overdue list.
     */
    public record ActionLine(UUID actionId, String theme, String title, Agency leadAgency, String owner,
                             LocalDate dueDate, ActionStatus status, Rag rag, LocalDate on, Long daysOverdue) {
    }

    /** A due date moved later within the period, and by whom. */
    public record Slip(UUID actionId, String theme, String title, Agency leadAgency, LocalDate originalDueDate,
                       LocalDate previousDueDate, LocalDate newDueDate, long days, LocalDate movedOn, String movedBy) {
    }

    /** A progress report that changed an action's RAG. */
    public record RagChange(UUID actionId, String title, Agency leadAgency, LocalDate on, Rag from, Rag to,
                            boolean worsened, String narrative) {
    }

    /** A measure at the start and end of the period, against its target. */
    public record MeasureLine(UUID measureId, String name, String unit, Direction direction, BigDecimal baseline,
                              BigDecimal target, LocalDate startAsOf, BigDecimal atStart, LocalDate latestAsOf,
                              BigDecimal latest, Boolean onTarget, Movement movement) {
    }

    /** Which way a measure moved over the period, judged by its direction. */
    public enum Movement {
        IMPROVED, WORSENED, UNCHANGED, NO_DATA
    }

    /** A decision of a board meeting held in the period. */
    public record DecisionLine(LocalDate meetingDate, String chair, String text, String owner, LocalDate dueDate,
                               String actionTitle) {
    }

    /** A finding no open or completed action answers. */
    public record FindingLine(UUID findingId, String inspectionType, int sequence, String kind, String area,
                              String text) {
    }
}
