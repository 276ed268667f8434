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

    /** A joint targeted area inspection letter in the published shape ({@link org.csip.testing.ReportPdf}). */
    public static byte[] jtaiLetter(String area, String letterDate, String fieldwork, String statementDue,
                                    String... improvements) {
        return org.csip.testing.ReportPdf.jtaiLetter(area, letterDate, fieldwork, statementDue, improvements);
    }
}
