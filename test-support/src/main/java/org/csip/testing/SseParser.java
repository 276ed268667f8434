package org.csip.testing;

import java.util.Optional;

/**
 * Reads Server-Sent Events a line at a time, as a browser does: {@code id:}, {@code event:} and {@code data:} lines
 * gather until a blank line dispatches them; comments (heartbeats) and blocks without data dispatch nothing.
 */
public final class SseParser {
    private String id;
    private String type;
    private StringBuilder data;

    /** Takes the next line; the event it completes, if it is the blank line ending one. */
    public Optional<SseStream.Event> accept(String line) {
        if (line.isEmpty()) {
            Optional<SseStream.Event> event = data == null ? Optional.empty()
                    : Optional.of(new SseStream.Event(id, type, data.toString()));
            id = null;
            type = null;
            data = null;
            return event;
        }
        if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            type = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            String value = line.substring(line.startsWith("data: ") ? 6 : 5);
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
        return Optional.empty();
    }
}
