-- Transactional outbox (docs/architecture.md §4): written in the same transaction as the state change,
-- published to Kafka by the relay, never deleted by the business transaction.
CREATE TABLE outbox_event (
    id             uuid         PRIMARY KEY,
    position       bigserial    NOT NULL UNIQUE,
    aggregate_type varchar(64)  NOT NULL,
    aggregate_id   varchar(64)  NOT NULL,
    event_type     varchar(128) NOT NULL,
    la_code        varchar(8),
    lead_agency    varchar(16),
    payload        jsonb        NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    status         varchar(16)  NOT NULL DEFAULT 'PENDING'
                   CHECK (status IN ('PENDING', 'PUBLISHED')),
    attempts       integer      NOT NULL DEFAULT 0,
    last_error     text,
    published_at   timestamptz
);

CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE status = 'PENDING';
