package org.csip.workforce.vacancy;

/** A vacancy is open until someone starts in it (filled) or the post is no longer recruited to (withdrawn). */
public enum VacancyStatus {
    OPEN, FILLED, WITHDRAWN
}
