package org.csip.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which councils a token's holder may see and act for, read from the token (docs/architecture.md §5, "Tenancy"): the
 * organisation it speaks for, with its kind and the councils it covers (a council its own code, a police force or
 * health board its list), or, for an overseer who belongs to none, the councils assigned to them.
 */
public record Tenancy(Optional<String> organisation, Optional<Agency> agency, Set<String> councils) {

    /** A token that speaks for nobody and covers no council. */
    public static final Tenancy NONE = new Tenancy(Optional.empty(), Optional.empty(), Set.of());

    public Tenancy {
        councils = Set.copyOf(councils);
    }

    /** Whether {@code laCode} is one of the councils this token covers or oversees. */
    public boolean covers(String laCode) {
        return laCode != null && councils.contains(laCode);
    }

    /** The covered councils in code order, for messages and queries that want a stable order. */
    public Set<String> councilsInOrder() {
        return new TreeSet<>(councils);
    }
}
