-- Per-aggregate order (docs/events.md "Order"): each aggregate's events are numbered 1, 2, 3 ... by the transactions
-- that write them. Taking the next number locks the aggregate's row until commit, so two transactions announcing
-- changes to one aggregate commit one after the other and their events are numbered, and positioned, in commit order.
CREATE TABLE outbox_sequence (
    aggregate_type varchar(64) NOT NULL,
    aggregate_id   varchar(64) NOT NULL,
    last_sequence  bigint      NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

ALTER TABLE outbox_event ADD COLUMN sequence bigint;

-- Rows written before numbering: numbered in the order they were written.
UPDATE outbox_event event SET sequence = numbered.sequence
FROM (SELECT id, row_number() OVER (PARTITION BY aggregate_type, aggregate_id ORDER BY position) AS sequence
      FROM outbox_event) numbered
WHERE event.id = numbered.id;

INSERT INTO outbox_sequence (aggregate_type, aggregate_id, last_sequence)
SELECT aggregate_type, aggregate_id, max(sequence) FROM outbox_event GROUP BY aggregate_type, aggregate_id;

ALTER TABLE outbox_event ALTER COLUMN sequence SET NOT NULL;
ALTER TABLE outbox_event ADD CONSTRAINT outbox_event_aggregate_sequence UNIQUE (aggregate_type, aggregate_id, sequence);

-- Pruning (OutboxPruning): published rows and inbox entries past their retention are found by age.
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE status = 'PUBLISHED';
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
