package org.csip.messaging.inbox;

/** A record no retry can fix; the consumer's failure strategy sends it to the dead-letter topic with this reason. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
