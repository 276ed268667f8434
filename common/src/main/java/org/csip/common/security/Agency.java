package org.csip.common.security;

import java.util.Locale;
import java.util.Optional;

/** The three statutory safeguarding partners; every action and workforce record belongs to one of them. */
public enum Agency {
    COUNCIL, POLICE, HEALTH;

    /** The lower-case alias used in Keycloak organizations and in {@code /partners/{agency}} paths. */
    public String alias() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an alias or enum name ({@code police}, {@code POLICE}); empty when it names no agency. Only white space
     * around it is ignored ({@code strip}, not {@code trim}, which would also drop a NUL).
     */
    public static Optional<Agency> fromAlias(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Agency agency : values()) {
            if (agency.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }
}
