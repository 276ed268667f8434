-- Consumer message log (idempotency): one row per CloudEvent id this service has applied.
CREATE TABLE processed_event (
    event_id     varchar(128) PRIMARY KEY,
    event_type   varchar(128) NOT NULL,
    source_topic varchar(128) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now()
);
