package org.csip.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that breaks one of {@link InputRules}; its reason becomes the field's error. */
public class RefusedValue extends MismatchedInputException {
    private final String reason;

    public RefusedValue(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    /** The sentence telling the caller what the field must be. */
    public String reason() {
        return reason;
    }
}
