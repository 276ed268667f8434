package org.csip.inspection.reportimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.inspection.reportimport.SixOfstedReportsTest.PARSER;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;
import org.junit.jupiter.api.Test;

/**
 * The kinds of layout Ofsted's reports vary by (issue 18), each written out the way PDFBox reads it, so the importer is
 * shown to read the kind — not one file: a title that repeats as the running header, glyph and heading variants,
 * sub-bullets, SIF headline and table variants with the board's grade, both SIF layouts of recommendations, lists
 * that run into the next section, two lead inspectors, and the April 2026 framework with no overall grade.
 */
class LayoutVariantsTest {
    private static final String HEADER = "Inspection of Wigan Council children’s services\n";

    @Test
    void anIlacsReportWhoseTitleIsAlsoTheRunningHeaderWithGlyphAndHeadingVariants() {
        ReportText text = ReportText.of(new String[]{HEADER + """
                Inspection dates: 9 May to 20 May 2022
                Lead inspector on site: Lorna Schlechte (HMI)
                Judgement Grade
                The impact of leaders on social work practice with children and families Requires improvement to be good
                The experiences and progress of children who need help and protection Requires improvement to be good
                The experiences and progress of children in care and care leavers Good
                Overall effectiveness Requires improvement to be good
                Summary text.""", HEADER + """
                What needs to improve\u2009:
                \uF06E The quality of assessments, including:
                \u0336 the analysis of risk
                \u0336 the voice of the child.
                \uF06E Management oversight
                \uF06E Placement sufficiency for children in care.
                The experiences and progress of children who need help and protection
                requires improvement to be good.
                1. Body text.""", HEADER + """
                The experiences and progress of children in care and care leavers are good
                The impact of leaders on social work practice with children and families:
                requires improvement to be good
                2. More text.""", HEADER + "Ofsted\nThe end."}, 4);
        ReportDraft draft = PARSER.read(text);
        assertThat(draft.format()).isEqualTo(ReportFormat.ILACS_REPORT);
        assertThat(draft.laCode()).isEqualTo("359");
        assertThat(draft.leadInspector()).isEqualTo("Lorna Schlechte");
        assertThat(draft.framework()).isEqualTo("ILACS_2018");
        assertThat(grades(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.IMPACT_OF_LEADERS, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD));
        assertThat(draft.judgements()).allSatisfy(j -> assertThat(j.confidence()).isEqualTo(Confidence.HIGH));
        // Three top-level items; the second glyph's lines are sub-bullets of the first.
        assertThat(draft.findings()).extracting(DraftFinding::text).containsExactly(
                "The quality of assessments, including: the analysis of risk; the voice of the child.",
                "Management oversight",
                "Placement sufficiency for children in care.");
        // "Management oversight" has no full stop, but the next item follows it: noted, not flagged.
        assertThat(draft.flags()).filteredOn(f -> f.severity() != DraftFlag.Severity.NOTE)
                .extracting(DraftFlag::field).containsExactly("publishedDate");
    }

    @Test
    void anIlacsReportOfApril2026HasFourSubJudgementsAndNoOverallGrade() {
        ReportDraft draft = PARSER.read(ReportText.of(ReportPdfs.ilacs2026Pages("Brent", "27 April to 1 May 2026"), 3));
        assertThat(draft.laCode()).isEqualTo("304");
        assertThat(draft.type()).isEqualTo(InspectionType.SHORT);
        assertThat(draft.framework()).isEqualTo("ILACS_2026");
        assertThat(grades(draft)).containsExactlyInAnyOrderEntriesOf(ReportPdfs.ILACS_2026_GRADES);
        assertThat(draft.judgements()).allSatisfy(j -> assertThat(j.confidence()).isEqualTo(Confidence.HIGH));
        assertThat(draft.findings()).hasSize(2);
        // No overall grade is asked for or invented: only the publication date is missing.
        assertThat(draft.flags()).filteredOn(f -> f.severity() != DraftFlag.Severity.NOTE)
                .extracting(DraftFlag::field).containsExactly("publishedDate");
    }

    @Test
    void aSifReinspectionWithAWrappedHeadlineATableSplitByAPageBreakAndAnAreaNotJudged() {
        ReportDraft draft = PARSER.read(ReportText.of(new String[]{"""
                Rutland County Council
                Reinspection of services for children in need of help and
                protection, children looked after and care leavers
                Inspection date: 7 Nov 2017 to 30 Nov 2017
                Report published: 29 January 2018
                Children’s services in Rutland require improvement to be
                good
                1. Children who need help and protection Requires improvement
                2. Children looked after and achieving
                permanence
                Requires improvement""", """
                2.1 Adoption performance Not judged
                2.2 Experiences and progress of care leavers Good
                3. Leadership, management and governance Requires improvement
                Executive summary
                Ofsted found things.""", """
                Recommendations
                1. Improve assessments.
                2. Ensure that plans are
                reviewed.
                Summary for children and young people
                Children told us things.
                The experiences and progress of
                children who need help and protection
                Requires improvement
                Summary
                The experiences and progress of
                children looked after and achieving
                permanence
                Requires improvement
                The graded judgement about the experience and progress of care leavers is that it is good
                Leadership, management and
                governance
                Requires improvement
                Lead inspector: Jane Doe Deputy lead inspector: John Smith"""}, 3));
        assertThat(draft.format()).isEqualTo(ReportFormat.SIF_REPORT);
        assertThat(draft.laCode()).isEqualTo("857");
        assertThat(draft.onSiteStart()).isEqualTo(LocalDate.of(2017, 11, 7));
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2018, 1, 29));
        assertThat(draft.leadInspector()).isEqualTo("Jane Doe");
        assertThat(grades(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.ADOPTION_PERFORMANCE, Grade.NOT_JUDGED,
                JudgementArea.CARE_LEAVERS, Grade.GOOD,
                JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.REQUIRES_IMPROVEMENT));
        // A re-inspection does not review the board: no LSCB grade is looked for.
        assertThat(draft.findings()).extracting(DraftFinding::text)
                .containsExactly("Improve assessments.", "Ensure that plans are reviewed.");
        // Adoption "Not judged" is stated once (the cover): flagged for a look, never turned into a grade.
        assertThat(draft.flags()).filteredOn(f -> f.severity() != DraftFlag.Severity.NOTE)
                .extracting(DraftFlag::field).containsExactly("judgements.ADOPTION_PERFORMANCE");
    }

    @Test
    void aSif2014ReportWithTheBoardsGradeNoPriorityActionsAndAListThatRunsIntoTheStrengths() {
        ReportDraft draft = PARSER.read(ReportText.of(new String[]{"""
                Metropolitan Borough of Barnsley
                Council
                Inspection of services for children in need of help and
                protection, children looked after and care leavers
                and
                Review of the effectiveness of the local safeguarding children
                board
                Inspection date: 2 June 2014 – 25 June 2014
                Report published: 8 August 2014
                The overall judgement is requires improvement
                1. Children who need help and protection
                Requires
                improvement
                2. Children looked after and achieving permanence Good
                2.1 Adoption performance Good
                2.2 Experiences and progress of care leavers Good
                3. Leadership, management and governance Requires improvement
                The effectiveness of the Local Safeguarding Children Board (LSCB) is
                good""", """
                Section 1: The local authority - Summary of findings
                Children’s Services in Barnsley require improvement because:
                1. Reasons.
                What does the local authority need to improve?
                Priority and immediate action
                10. There are no areas for priority action.
                Areas for improvement
                11. Build upon the early help strategy.
                12. Improve the quality of
                assessments.
                The local authority has the following strengths:
                13. Leaders know their services.""", """
                Key Judgement Judgement Grade The experiences and progress of children who need help and protection
                Requires Improvement
                Key Judgement Judgement Grade The experiences and progress of children looked after and achieving
                permanence Good
                The graded judgement for adoption performance is that it is good
                The graded judgement about the experiences and progress of care leavers is good
                Key Judgement Judgement Grade Leadership, management and governance Requires Improvement
                Lead inspectors: Jansy Kelly and Gary Lamb, Her Majesty’s Inspectors""", """
                Section 2: The effectiveness of the Local Safeguarding
                Children Board
                The Local Safeguarding Children Board (LSCB) is good
                What does the LSCB need to improve?
                Areas for improvement
                40. Evaluate the impact of training.
                Key strengths and weaknesses of the LSCB
                41. The LSCB is well led.
                Ofsted"""}, 4));
        assertThat(draft.laCode()).isEqualTo("370");
        assertThat(draft.readFrom().get("laCode").confidence()).isEqualTo(Confidence.HIGH);
        assertThat(draft.leadInspector()).isEqualTo("Jansy Kelly; Gary Lamb");
        assertThat(grades(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.CHILDREN_LOOKED_AFTER_AND_PERMANENCE, Grade.GOOD,
                JudgementArea.ADOPTION_PERFORMANCE, Grade.GOOD,
                JudgementArea.CARE_LEAVERS, Grade.GOOD,
                JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.LSCB, Grade.GOOD));
        assertThat(draft.judgements()).allSatisfy(j -> assertThat(j.confidence()).isEqualTo(Confidence.HIGH));
        // "There are no areas for priority action" is not an item; the strengths after the list are not either.
        assertThat(draft.findings()).extracting(DraftFinding::kind, DraftFinding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingKind.AREA_FOR_IMPROVEMENT,
                        "Build upon the early help strategy."),
                org.assertj.core.groups.Tuple.tuple(FindingKind.AREA_FOR_IMPROVEMENT,
                        "Improve the quality of assessments."));
        assertThat(draft.lscbRecommendations()).extracting(DraftFinding::text)
                .containsExactly("Evaluate the impact of training.");
        assertThat(draft.flags()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("findings");
            assertThat(f.message()).contains("There are no areas for priority action", "numbers it like one");
        });
    }

    @Test
    void anItemWhoseNextSentenceStartsTheNextPageIsOneItemAndTheListGoesOn() {
        ReportText text = ReportText.of(new String[]{"""
                What needs to improve?
                ◼ The first item.
                ◼ Management oversight of plans.""", "\n" + """
                Managers should record their decisions.
                ◼ The third item.

                The experiences and progress of children who need help and protection: good
                1. Text."""}, 2);
        ListItems.Result list = ListItems.bulleted(text.lines(), 1, i -> text.lines().get(i).text().startsWith("The"
                + " experiences"));
        assertThat(list.items()).extracting(ListItems.Item::text).containsExactly("The first item.",
                "Management oversight of plans. Managers should record their decisions.", "The third item.");
    }

    @Test
    void aListWhoseBulletsAreNotInTheTextIsSplitAtSentenceEndsAndFlagged() {
        String[] pages = ReportPdfs.ilacs2026Pages("Brent", "27 April to 1 May 2026");
        pages[1] = pages[1].replace("• The stability of the workforce.\n• Sufficiency of homes for children in care.",
                "The stability of the workforce, including\nmanagers.\nSufficiency of homes for children in care.");
        ReportDraft draft = PARSER.read(ReportText.of(pages, 3));
        assertThat(draft.findings()).extracting(DraftFinding::text).containsExactly(
                "The stability of the workforce, including managers.", "Sufficiency of homes for children in care.");
        assertThat(draft.flags()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("findings");
            assertThat(f.severity()).isEqualTo(DraftFlag.Severity.CHECK);
            assertThat(f.message()).contains("no bullets");
        });
    }

    @Test
    void aJudgementTableThePdfGivesColumnByColumnIsPairedInOrderAndCheckedAgainstEachSection() {
        String cover = """
                Inspection of Salford local authority children’s services
                Inspection dates: 6 to 17 March 2023
                Lead inspector: Jane Doe, His Majesty’s Inspector
                Judgement Grade
                The impact of leaders on social work practice with children and families
                The experiences and progress of children who need help and protection
                The experiences and progress of children in care
                The experiences and progress of care leavers
                Overall effectiveness
                Good
                Requires improvement to be good
                Good
                Outstanding
                Good
                Summary. Ofsted""";
        String body = """
                What needs to improve?
                ◼ One thing.
                The experiences and progress of children who need help and protection: requires improvement to be good
                1. Text.
                The experiences and progress of children in care: good
                The experiences and progress of care leavers: CARE
                The impact of leaders on social work practice with children and families: good
                2. Text.""";
        ReportDraft agreeing = PARSER.read(ReportText.of(new String[]{cover, body.replace("CARE", "outstanding")}, 2));
        assertThat(grades(agreeing)).containsExactlyInAnyOrderEntriesOf(Map.of(
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD,
                JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD,
                JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.CHILDREN_IN_CARE, Grade.GOOD,
                JudgementArea.CARE_LEAVERS, Grade.OUTSTANDING));
        assertThat(agreeing.judgements()).allSatisfy(j -> assertThat(j.confidence()).isEqualTo(Confidence.HIGH));

        // One section disagrees with its paired cell: that grade is not given, and the overall grade — printed only in
        // the table, so nothing else can confirm its pairing — is flagged rather than trusted.
        ReportDraft disagreeing = PARSER.read(ReportText.of(new String[]{cover, body.replace("CARE", "good")}, 2));
        assertThat(disagreeing.judgements()).filteredOn(j -> j.area().equals(JudgementArea.CARE_LEAVERS))
                .singleElement().satisfies(j -> assertThat(j.grade()).isNull());
        assertThat(disagreeing.flags()).extracting(DraftFlag::field, DraftFlag::severity).contains(
                org.assertj.core.groups.Tuple.tuple("judgements.OVERALL_EFFECTIVENESS", DraftFlag.Severity.CHECK),
                org.assertj.core.groups.Tuple.tuple("judgements.CARE_LEAVERS", DraftFlag.Severity.CHECK));
    }

    static Map<JudgementArea, Grade> grades(ReportDraft draft) {
        return draft.judgements().stream().collect(Collectors.toMap(DraftJudgement::area, DraftJudgement::grade));
    }
}
