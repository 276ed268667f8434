package org.csip.inspection.reportimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csip.inspection.reportimport.ReportLayoutsTest.LETTERHEAD;
import static org.csip.inspection.reportimport.SixOfstedReportsTest.PARSER;

import java.time.LocalDate;
import java.util.List;
import org.csip.common.security.Addressee;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.inspection.InspectionType;
import org.junit.jupiter.api.Test;

/**
 * Joint targeted area inspection letters, written in the tests in the shapes the inspectorates publish (no real letter
 * is among the project's data): what is read, whom each finding addresses, and what is flagged for a person.
 */
class JtaiLetterTest {

    @Test
    void aLetterGivesTheAreaFieldworkFindingsForEachPartnerAndTheStatementsDate() {
        ReportDraft draft = PARSER.read(ReportPdfs.jtaiLetter("Knowsley", "14 April 2025", "3 to 7 March 2025",
                "24 June 2025",
                "The timeliness of strategy discussions between the police and children’s social care.",
                "The quality of health practitioners’ contributions to early help assessments.",
                "How well leaders across the partnership understand the needs of families.",
                "Recording of decisions."));
        assertThat(draft.format()).isEqualTo(ReportFormat.JTAI_LETTER);
        assertThat(draft.type()).isEqualTo(InspectionType.JTAI);
        assertThat(draft.framework()).isEqualTo("UNGRADED");
        assertThat(draft.laCode()).isEqualTo("340");
        assertThat(draft.onSiteStart()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(draft.onSiteEnd()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(draft.responseDue()).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(draft.theme()).isEqualTo("The multi-agency response to children and families who need help");
        assertThat(draft.leadInspector()).isNull();
        assertThat(draft.judgements()).isEmpty();
        assertThat(draft.findings()).extracting(DraftFinding::kind).containsOnly(FindingKind.AREA_FOR_IMPROVEMENT);
        assertThat(draft.findings()).extracting(DraftFinding::addressedTo).containsExactly(
                List.of(Addressee.COUNCIL, Addressee.POLICE), List.of(Addressee.HEALTH), List.of(Addressee.PARTNERSHIP),
                List.of(Addressee.PARTNERSHIP));
        // Two agencies named: a person checks; one agency or the partnership plainly: noted; no one named: checked.
        assertThat(flags(draft, "findings[0].addressedTo")).containsExactly(DraftFlag.Severity.CHECK);
        assertThat(flags(draft, "findings[1].addressedTo")).containsExactly(DraftFlag.Severity.NOTE);
        assertThat(flags(draft, "findings[2].addressedTo")).containsExactly(DraftFlag.Severity.NOTE);
        assertThat(flags(draft, "findings[3].addressedTo")).containsExactly(DraftFlag.Severity.CHECK);
        assertThat(draft.readyToConfirm()).isFalse();
        assertThat(draft.flags()).anySatisfy(f -> assertThat(f.message()).contains("Ofsted, CQC, HMICFRS"));
        // Recorded, not only noted: HMI Probation is not named, so it did not take part.
        assertThat(draft.inspectorates()).containsExactly("OFSTED", "CQC", "HMICFRS");
    }

    @Test
    void anOlderLetterGroupingItsFindingsUnderEachAgencyAddressesThemByItsHeadings() {
        ReportDraft draft = PARSER.read(TestPdfs.withPages(LETTERHEAD + """
                6 February 2019
                Dear local partnership
                Joint targeted area inspection of the multi-agency response to child exploitation in St Helens
                This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency
                response to child exploitation in St Helens. The inspection took place between 3 and 7 December 2018.
                It was carried out by inspectors from Ofsted, the Care Quality Commission (CQC), Her Majesty’s
                Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) and Her Majesty’s Inspectorate of
                Probation (HMI Probation).
                Areas for improvement
                Police
                • Return home interviews are not always shared with officers.
                Health
                • Information from the sexual health service is not shared routinely.
                The partnership
                • The strategic response to exploitation is not yet joined up.
                Next steps
                The director of children’s services should prepare a written statement of proposed action responding to
                the findings outlined in this letter. This should be a multi-agency response.
                Yours sincerely
                Jane Doe"""));
        assertThat(draft.laCode()).isEqualTo("342");
        assertThat(draft.onSiteStart()).isEqualTo(LocalDate.of(2018, 12, 3));
        assertThat(draft.findings()).extracting(DraftFinding::addressedTo).containsExactly(List.of(Addressee.POLICE),
                List.of(Addressee.HEALTH), List.of(Addressee.PARTNERSHIP));
        assertThat(draft.findings()).extracting(DraftFinding::confidence).containsOnly(Confidence.HIGH);
        assertThat(draft.responseDue()).isNull();
        assertThat(flags(draft, "responseDue")).containsExactly(DraftFlag.Severity.NOTE);
        assertThat(draft.flags()).anySatisfy(f -> assertThat(f.message()).contains("HMI Probation"));
        assertThat(draft.readyToConfirm()).isTrue();
    }

    private static List<DraftFlag.Severity> flags(ReportDraft draft, String field) {
        return draft.flags().stream().filter(f -> f.field().equals(field)).map(DraftFlag::severity).toList();
    }
}
