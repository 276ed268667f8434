package org.csip.inspection.reportimport;

import java.util.Map;
import org.csip.inspection.inspection.Grade;
import org.csip.inspection.inspection.JudgementArea;

/** Report PDFs in shapes no published report in the test resources has yet, for tests outside this package too. */
public final class ReportPdfs {
    /** The grades {@link #ilacs2026} prints. */
    public static final Map<JudgementArea, Grade> ILACS_2026_GRADES = Map.of(
            JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD,
            JudgementArea.HELP_AND_PROTECTION, Grade.GOOD,
            JudgementArea.CHILDREN_IN_CARE, Grade.REQUIRES_IMPROVEMENT,
            JudgementArea.CARE_LEAVERS, Grade.GOOD);

    private ReportPdfs() {
    }

    /**
     * An ILACS report in the April 2026 shape, written with PDFBox: the judgement table's four sub-judgements and no
     * overall effectiveness row, each judgement's own section heading in the body, two areas for improvement.
     */
    public static byte[] ilacs2026(String council, String dates) {
        return TestPdfs.withPages(ilacs2026Pages(council, dates));
    }

    static String[] ilacs2026Pages(String council, String dates) {
        String header = "Inspection of " + council + " local authority children’s services\n";
        return new String[]{header + """
                Inspection dates: %s
                Lead inspector: Jane Doe, His Majesty’s Inspector
                Judgement Grade
                The impact of leaders on social work practice with
                children and families
                Good
                The experiences and progress of children who need help
                and protection
                Good
                The experiences and progress of children in care
                Requires improvement to be good
                The experiences and progress of care leavers
                Good
                Services for children in %s are improving. Ofsted""".formatted(dates, council), header + """
                What needs to improve?
                • The stability of the workforce.
                • Sufficiency of homes for children in care.
                The experiences and progress of children who need help and protection: good
                1. Text.
                The experiences and progress of children in care: requires improvement to be good
                2. Text.""", header + """
                The experiences and progress of care leavers: good
                3. Text.
                The impact of leaders on social work practice with children and families: good
                4. Text."""};
    }

    /**
     * A joint targeted area inspection letter in the shape the inspectorates publish (2022–2025): letterhead, date,
     * the partners addressed, the title naming the theme and area, "This inspection took place from …", headline
     * findings, "What needs to improve?" bullets naming agencies, strengths, and the next steps with the date the
     * written statement of action is due. {@code improvements} are the bullets, as printed.
     */
    public static byte[] jtaiLetter(String area, String letterDate, String fieldwork, String statementDue,
                                    String... improvements) {
        return TestPdfs.withPages(jtaiLetterPages(area, letterDate, fieldwork, statementDue, improvements));
    }

    static String[] jtaiLetterPages(String area, String letterDate, String fieldwork, String statementDue,
                                    String... improvements) {
        String bullets = String.join("\n", java.util.Arrays.stream(improvements).map(i -> "• " + i).toList());
        return new String[]{"""
                Ofsted
                Piccadilly Gate
                Store Street
                Manchester M1 2WD
                www.gov.uk/ofsted
                %s
                Director of Children’s Services, %s Council
                Chief Executive, NHS Integrated Care Board
                Chief Constable, Merseyside Police
                Dear local partnership
                Joint targeted area inspection of the multi-agency response to children and families who need help
                in %s
                This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency
                response to children and families who need help in %s.
                This inspection took place from %s. It was carried out by inspectors from Ofsted, the Care Quality
                Commission (CQC) and His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).
                Headline findings
                Partners know their area well and work together to help families early.
                What needs to improve?
                %s
                Strengths
                • Families receive help from practitioners who know them well.""".formatted(letterDate, area, area, area,
                fieldwork, bullets), """
                Next steps
                The local safeguarding partners should prepare a joint written statement of proposed action that
                responds to this letter. This is a multi-agency response involving the agencies this letter is
                addressed to. The written statement of action should be sent to ProtectionOfChildren@ofsted.gov.uk
                by %s.
                Yours sincerely
                Jane Doe, Regional Director, Ofsted
                John Roe, Deputy Director, Care Quality Commission
                Anna Poe, His Majesty’s Inspector of Constabulary""".formatted(statementDue)};
    }
}
