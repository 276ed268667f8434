-- The W3C trace context of the request that wrote the event, so the relay publishes it inside that trace and a
-- consumer's work joins it (gateway -> service -> Kafka -> consumer in one trace).
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(64);
