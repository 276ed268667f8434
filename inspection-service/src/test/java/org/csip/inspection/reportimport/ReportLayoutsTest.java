package org.csip.inspection.reportimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csip.inspection.reportimport.SixOfstedReportsTest.PARSER;

import java.time.LocalDate;
import org.csip.common.problem.ProblemException;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.JudgementArea;
import org.junit.jupiter.api.Test;

/**
 * The layouts and failures the six published reports do not show: visit letters, a list broken by a page with its
 * running header, a table that disagrees with its section, and files that are not readable reports.
 */
class ReportLayoutsTest {
    static final String LETTERHEAD = "Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\nwww.gov.uk/ofsted\n";

    @Test
    void focusedVisitLetterGivesItsPriorityActionsAndNoGrades() {
        ReportDraft draft = PARSER.read(TestPdfs.withPages(LETTERHEAD + """
                1 August 2018
                Director of Children’s Services
                St Helens Metropolitan Borough Council
                Dear Director
                Focused visit to St Helens local authority children’s services
                This letter summarises the findings of the focused visit to St Helens local authority children’s
                services on 10 and 11 July 2018. The inspectors were Lorna Schlechte, Her Majesty’s Inspector (HMI),
                and Jane Doe, HMI.
                Inspectors looked at the local authority’s arrangements for children in need and children subject to a
                child protection plan.
                Overview
                Children were placed at risk.
                Areas for priority action
                • Children placed at risk: ensure that risk is assessed and acted on without delay.
                • A shared understanding and consistent application of thresholds across the
                partnership.
                • Drift and delay, including for children subject to pre-proceedings.
                Areas for improvement
                • The quality of written plans.
                What the local authority is doing well
                • Leaders know their services well.
                """, """
                Yours sincerely
                Lorna Schlechte
                Her Majesty’s Inspector
                """));
        assertThat(draft.format()).isEqualTo(ReportFormat.FOCUSED_VISIT_LETTER);
        assertThat(draft.type()).isEqualTo(InspectionType.FOCUSED_VISIT);
        assertThat(draft.framework()).isEqualTo("UNGRADED");
        assertThat(draft.laCode()).isEqualTo("342");
        assertThat(draft.onSiteStart()).isEqualTo(LocalDate.of(2018, 7, 10));
        assertThat(draft.onSiteEnd()).isEqualTo(LocalDate.of(2018, 7, 11));
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(draft.readFrom().get("publishedDate").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(draft.leadInspector()).isEqualTo("Lorna Schlechte");
        assertThat(draft.theme()).isEqualTo("The local authority’s arrangements for children in need and children"
                + " subject to a child protection plan");
        assertThat(draft.judgements()).isEmpty();
        assertThat(draft.findings()).extracting(DraftFinding::kind, DraftFinding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingKind.PRIORITY_ACTION,
                        "Children placed at risk: ensure that risk is assessed and acted on without delay."),
                org.assertj.core.groups.Tuple.tuple(FindingKind.PRIORITY_ACTION, "A shared understanding and"
                        + " consistent application of thresholds across the partnership."),
                org.assertj.core.groups.Tuple.tuple(FindingKind.PRIORITY_ACTION,
                        "Drift and delay, including for children subject to pre-proceedings."),
                org.assertj.core.groups.Tuple.tuple(FindingKind.AREA_FOR_IMPROVEMENT, "The quality of written plans."));
        // The letter's date stands for publication, said as a note; nothing else needs a person.
        assertThat(draft.readyToConfirm()).isTrue();
    }

    @Test
    void monitoringVisitLetterWithoutListsIsUngradedAndSaysSo() {
        ReportDraft draft = PARSER.read(TestPdfs.withPages(LETTERHEAD + """
                5 June 2020
                Dear Director
                Monitoring visit to St Helens children’s services
                This letter summarises the findings of the monitoring visit to St Helens children’s services on 6 and
                7 May 2020. This was the first monitoring visit since the local authority was judged inadequate.
                Inspectors evaluated the progress made in planning for permanence for children in care.
                Overview
                Progress has been made but it is too slow for some children.
                Yours sincerely
                Jane Doe
                Her Majesty’s Inspector
                """));
        assertThat(draft.type()).isEqualTo(InspectionType.MONITORING_VISIT);
        assertThat(draft.onSiteStart()).isEqualTo(LocalDate.of(2020, 5, 6));
        assertThat(draft.onSiteEnd()).isEqualTo(LocalDate.of(2020, 5, 7));
        assertThat(draft.leadInspector()).isEqualTo("Jane Doe");
        assertThat(draft.findings()).isEmpty();
        assertThat(draft.flags()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("findings");
            assertThat(f.severity()).isEqualTo(DraftFlag.Severity.NOTE);
        });
    }

    @Test
    void listAcrossAPageBreakSkipsTheRunningHeaderAndAGradeTheReportStatesTwoWaysIsNotGuessed() {
        String header = "Inspection of Salford local authority children’s services\n6 to 17 March 2023\n";
        ReportText text = ReportText.of(new String[]{"""
                Inspection of Salford local authority
                children’s services
                Inspection dates: 6 to 17 March 2023
                Lead inspector: Jane Doe, His Majesty’s Inspector
                Judgement Grade
                The impact of leaders on social work
                practice with children and families
                Requires
                improvement to be good
                The experiences and progress of
                children who need help and protection
                Inadequate
                The experiences and progress of
                children in care
                Good
                The experiences and progress of care
                leavers
                Good
                Overall effectiveness Requires Improvement to be good
                Summary by Ofsted.
                """, header + """
                2
                What needs to improve?
                ◼ The first item, which runs
                over the page""", header + """
                3
                break and ends here.
                ◼ Second item.
                The experiences and progress of children who need help and
                protection: requires improvement to be good
                1. Body text.
                """, header + """
                4
                The experiences and progress of children in care: good
                The experiences and progress of care leavers: good
                The impact of leaders on social work practice with children and families: requires
                improvement to be good
                """}, 4);
        ReportDraft draft = PARSER.read(text);
        assertThat(draft.laCode()).isEqualTo("355");
        assertThat(draft.framework()).isEqualTo("ILACS_2023");
        assertThat(draft.findings()).extracting(DraftFinding::text)
                .containsExactly("The first item, which runs over the page break and ends here.", "Second item.");
        assertThat(draft.findings().get(0).page()).isEqualTo(2);
        assertThat(draft.findings().get(0).confidence()).isEqualTo(Confidence.MEDIUM);
        DraftJudgement helpAndProtection = draft.judgements().stream()
                .filter(j -> j.area().equals(JudgementArea.HELP_AND_PROTECTION)).findFirst().orElseThrow();
        assertThat(helpAndProtection.grade()).isNull();
        assertThat(helpAndProtection.confidence()).isEqualTo(Confidence.LOW);
        assertThat(draft.flags()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("judgements.HELP_AND_PROTECTION");
            assertThat(f.severity()).isEqualTo(DraftFlag.Severity.CHECK);
            assertThat(f.message()).contains("Inadequate", "requires improvement to be good");
        });
        assertThat(draft.judgements()).filteredOn(j -> j.area().equals(JudgementArea.IMPACT_OF_LEADERS)).singleElement()
                .satisfies(j -> {
                    assertThat(j.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
                    assertThat(j.confidence()).isEqualTo(Confidence.HIGH);
                });
        assertThat(draft.readyToConfirm()).isFalse();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedSayingSo() {
        assertRefused(() -> PARSER.read("Inspection of St Helens".getBytes()), "report-not-pdf", "%PDF-");
        assertRefused(() -> PARSER.read("%PDF-1.7 but then nothing".getBytes()), "report-not-pdf", "not a readable PDF");
    }

    @Test
    void anEncryptedPdfIsRefusedSayingSo() {
        assertRefused(() -> PARSER.read(TestPdfs.encrypted("Inspection of St Helens local authority children’s"
                + " services")), "report-encrypted", "encrypted");
    }

    @Test
    void aScanWithNoTextLayerIsRefusedSayingSo() {
        assertRefused(() -> PARSER.read(TestPdfs.blankPages(3)), "report-no-text", "3 page(s) have no text layer");
    }

    @Test
    void aPdfThatIsNotAnOfstedChildrensServicesReportIsRefusedSayingSo() {
        String minutes = "Minutes of the improvement board\n" + "The board noted the plan's progress. ".repeat(20);
        assertRefused(() -> PARSER.read(TestPdfs.withPages(minutes)), "report-not-ofsted-childrens-services",
                "never names Ofsted");
        String school = "Ofsted\nInspection of a good school: Example Primary School\n" + "Pupils enjoy school. ".repeat(20);
        assertRefused(() -> PARSER.read(TestPdfs.withPages(school)), "report-not-ofsted-childrens-services",
                "none of the titles");
    }

    @Test
    void reportsOfFrameworksBeforeNovember2013AreRefusedSayingWhatTheyAre() {
        String body = "\nInspection dates: 8 – 12 July 2013\nReporting inspector Gary Lamb HMI\nOfsted\n"
                + "Children were seen. ".repeat(20);
        for (String title : java.util.List.of("Inspection of looked after children services\nNorfolk County Council",
                "Inspection of looked after children’s services\nNorfolk County Council",
                "Norfolk County Council\nInspection of safeguarding and looked after children services",
                "Unannounced inspection of contact, referral and assessment arrangements within local authority"
                        + " children’s services\nNorfolk", "Inspection of local authority arrangements for the"
                        + " protection of children\nNorfolk")) {
            assertRefused(() -> PARSER.read(TestPdfs.withPages(title + body)), "report-not-ofsted-childrens-services",
                    "earlier framework");
        }
    }

    @Test
    void anUploadedFileNameIsKeptWithoutControlCharactersAndCutToTheColumn() {
        assertThat(ReportImportResource.storedName("bradford\u0000-2023.pdf")).isEqualTo("bradford-2023.pdf");
        assertThat(ReportImportResource.storedName("x".repeat(400) + ".pdf")).hasSize(255);
        assertThat(ReportImportResource.storedName(" \u0007 ")).isEqualTo("report.pdf");
        assertThat(ReportImportResource.storedName(null)).isEqualTo("report.pdf");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type,
                                      String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.problem().type().toString()).endsWith("/" + type);
            assertThat(e.problem().detail()).contains(detail);
            assertThat(e.problem().errors()).extracting(org.csip.common.problem.Problem.FieldError::field)
                    .containsExactly("file");
        });
    }
}
