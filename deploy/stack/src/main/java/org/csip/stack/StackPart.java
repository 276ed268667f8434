package org.csip.stack;

import java.nio.file.Path;
import java.util.OptionalLong;

/** One server of the local stack (PostgreSQL, Kafka, Keycloak or a service) that can start, say if it is ready, and stop. */
public interface StackPart extends AutoCloseable {

    /** Short name shown in progress lines and errors, e.g. {@code kafka}. */
    String name();

    /** Begins starting; may return before the part is ready. */
    void start() throws Exception;

    /** One readiness probe; cheap enough to call every few hundred milliseconds. */
    boolean isReady();

    /** False once the part's process has exited, so a crash is reported at once, not after a timeout. */
    boolean isAlive();

    /** Where this part writes its log. */
    Path logFile();

    /**
     * The id of the process this part runs as while it runs (the root of its process tree); empty for a part that
     * runs inside the launcher's own JVM or has no process. The benchmark weighs parts by it.
     */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }

    /** Stops the part and everything it started; safe to call twice. */
    @Override
    void close();
}
