package org.csip.gateway.feed;

/**
 * One domain event as the partner feed relays it: where it sits in Kafka, what it is, whom it concerns, and the
 * {@link FeedPosition} reached once it is read — its SSE id, which resumes the feed on any gateway replica.
 */
public record FeedEvent(String topic, int partition, long offset, String type, String laCode, String leadAgency,
                        String time, String data, FeedPosition position) {

    /** An event read from Kafka, its position not yet known (the feed sets it on appending). */
    public static FeedEvent read(String topic, int partition, long offset, String type, String laCode,
                                 String leadAgency, String time, String data) {
        return new FeedEvent(topic, partition, offset, type, laCode, leadAgency, time, data, null);
    }

    FeedEvent at(FeedPosition reached) {
        return new FeedEvent(topic, partition, offset, type, laCode, leadAgency, time, data, reached);
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
