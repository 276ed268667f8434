package org.csip.inspection.reportimport;

/** The kinds of Ofsted children's services document the importer reads, each laid out its own way. */
public enum ReportFormat {
    /** ILACS inspection report (2018 on): a judgement table, "What needs to improve" bullets. */
    ILACS_REPORT,
    /** Single inspection framework report (2013–2017): numbered judgements, numbered recommendations. */
    SIF_REPORT,
    /** Focused visit letter: ungraded, may name areas for priority action. */
    FOCUSED_VISIT_LETTER,
    /** Monitoring visit letter to a council judged inadequate: ungraded. */
    MONITORING_VISIT_LETTER,
    /**
     * Joint targeted area inspection letter (Ofsted, CQC, HMICFRS, sometimes HMI Probation) to the safeguarding
     * partners: ungraded; findings for each partner and the partnership; the date of the written statement of action.
     */
    JTAI_LETTER
}
