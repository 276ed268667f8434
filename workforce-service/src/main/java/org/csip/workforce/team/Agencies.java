package org.csip.workforce.team;

import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;

/** Reads the {@code agency} query parameter of the workforce lists: absent → null, unknown → 400 naming it. */
public final class Agencies {
    private Agencies() {
    }

    public static Agency param(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Agency.fromAlias(value).orElseThrow(() ->
                ProblemException.invalidField("agency", "must be one of council, police, health"));
    }
}
