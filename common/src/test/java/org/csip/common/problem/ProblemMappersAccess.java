package org.csip.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Lets the input tests name a field as the problem mapper would. */
public final class ProblemMappersAccess {
    private ProblemMappersAccess() {
    }

    public static String fieldOf(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? ProblemMappers.fieldOf(parser.getParsingContext()) : "";
    }
}
