package org.csip.stack;

/** A part of the stack did not become ready: the message names the part and where its log is. */
public class StackStartException extends RuntimeException {
    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
