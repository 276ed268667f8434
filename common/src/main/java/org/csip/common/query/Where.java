package org.csip.common.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a Panache/JPQL filter from optional list filters: a clause joins only when its value was given. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause with its own parameters, unconditionally. */
    public Where and(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /** The query text: the clauses joined with {@code and}, then the ordering. */
    public String orderBy(String ordering) {
        return (clauses.isEmpty() ? "" : String.join(" and ", clauses) + " ") + "order by " + ordering;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
