package org.csip.inspection.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A grade by its code ({@code GOOD}): each framework's scale is data ({@link Frameworks}); Ofsted's four-point
 * scale, best first, and "not judged" are the grades every framework so far uses.
 */
public record Grade(String code) {
    public static final Grade OUTSTANDING = new Grade("OUTSTANDING");
    public static final Grade GOOD = new Grade("GOOD");
    public static final Grade REQUIRES_IMPROVEMENT = new Grade("REQUIRES_IMPROVEMENT");
    public static final Grade INADEQUATE = new Grade("INADEQUATE");
    /** Printed where an area was not graded this time (e.g. too few children to judge); never plotted as a grade. */
    public static final Grade NOT_JUDGED = new Grade("NOT_JUDGED");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Grade {
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The grade as Ofsted words it ("Requires improvement to be good"), or its code if the frameworks do not know it. */
    public String label() {
        return Frameworks.gradeLabel(this);
    }

    @Override
    public String toString() {
        return Codes.forMessage(code);
    }
}
