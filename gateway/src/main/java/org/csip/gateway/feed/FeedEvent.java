package org.csip.gateway.feed;

/**
 * One domain event as the partner feed relays it. Its id ({@code topic:partition:offset}) is the same on
 * every gateway replica, so a dashboard can resume with {@code Last-Event-ID} on any of them.
 */
public record FeedEvent(String id, String type, String topic, String laCode, String leadAgency, String time,
                        String data) {
}
