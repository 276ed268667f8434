package org.csip.gateway.feed;

/**
 * One domain event as the partner feed relays it: where it sits in Kafka, what it is, whom it concerns, and the
 * {@link FeedPosition} reached once it is read — its SSE id, which resumes the feed on any gateway replica.
 */
public record FeedEvent(String topic, int partition, long offset, String type, String laCode, String leadAgency,
                        String time, String data, FeedPosition position, java.util.Set<String> councils) {

    public FeedEvent {
        councils = councils == null ? java.util.Set.of() : java.util.Set.copyOf(councils);
    }

    /** An event read from Kafka, its position not yet known (the feed sets it on appending). */
    public static FeedEvent read(String topic, int partition, long offset, String type, String laCode,
                                 String leadAgency, String time, String data) {
        return new FeedEvent(topic, partition, offset, type, laCode, leadAgency, time, data, null, java.util.Set.of());
    }

    /** As {@link #read}, for an event about a record of several councils (its {@code ce_councils}). */
    public FeedEvent concerning(java.util.Set<String> several) {
        return new FeedEvent(topic, partition, offset, type, laCode, leadAgency, time, data, position, several);
    }

    FeedEvent at(FeedPosition reached) {
        return new FeedEvent(topic, partition, offset, type, laCode, leadAgency, time, data, reached, councils);
    }

    /** {@code topic:partition}. */
    public String partitionKey() {
        return topic + ":" + partition;
    }

    /** The SSE id: the position reached once this event is read. */
    public String id() {
        return position == null ? partitionKey() + ":" + offset : position.encode();
    }
}
