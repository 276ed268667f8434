package org.csip.gateway.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last event number relayed for each subject (aggregate), so a copy of an event the feed has already relayed — the
 * outbox publishes again what a relay that died before marking it had already sent — reaches no dashboard twice. Every
 * replica reads the same partitions in the same order, so every replica drops the same copies and positions stay
 * interchangeable; a replica that starts reads each partition from a window's worth before its end
 * ({@link FeedPartitions}), and a copy follows its original within seconds, so both are read. Bounded: the subjects
 * least recently seen are forgotten first.
 */
final class SubjectSequences {
    private final Map<String, Long> latest;

    SubjectSequences(int capacity) {
        this.latest = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Whether the event numbered {@code sequence} of {@code subject} is new to the feed (and remembers it); events
     * without a subject or a number (published before numbering) are always new.
     */
    synchronized boolean advance(String subject, Long sequence) {
        if (subject == null || sequence == null) {
            return true;
        }
        Long seen = latest.get(subject);
        if (seen != null && seen >= sequence) {
            return false;
        }
        latest.put(subject, sequence);
        return true;
    }
}
