package org.csip.workforce.vacancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * A candidate's way through recruitment: {@code APPLIED → SHORTLISTED → INTERVIEWED → OFFERED → ACCEPTED}, one
 * step at a time, or out ({@code WITHDRAWN}, {@code REJECTED}) from any step before the end.
 */
public enum CandidateStage {
    APPLIED, SHORTLISTED, INTERVIEWED, OFFERED, ACCEPTED, WITHDRAWN, REJECTED;

    public boolean isFinal() {
        return this == ACCEPTED || this == WITHDRAWN || this == REJECTED;
    }

    /** The stages a candidate at this stage may move to. */
    public Set<CandidateStage> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(SHORTLISTED, WITHDRAWN, REJECTED);
            case SHORTLISTED -> EnumSet.of(INTERVIEWED, WITHDRAWN, REJECTED);
            case INTERVIEWED -> EnumSet.of(OFFERED, WITHDRAWN, REJECTED);
            case OFFERED -> EnumSet.of(ACCEPTED, WITHDRAWN, REJECTED);
            case ACCEPTED, WITHDRAWN, REJECTED -> EnumSet.noneOf(CandidateStage.class);
        };
    }
}
