-- The relay's queue apart from the event log (docs/events.md "The outbox"): a row of outbox_pending for each event
-- not yet acknowledged by the broker. Publishing an event deletes its queue row and leaves the event row as it was
-- written. Marking the event row itself made a new version of the whole row, with an entry in each of its indexes,
-- for every event published: PostgreSQL's largest cost per relayed event (docs/performance.md, scenario 3).
CREATE TABLE outbox_pending (
    position   bigint  PRIMARY KEY REFERENCES outbox_event (position) ON DELETE CASCADE,
    attempts   integer NOT NULL DEFAULT 0,
    last_error text
);

-- Every event row enters the queue as it is written, whoever writes it: no path can write an event the relay never
-- sees. One statement, one insert into the queue, however many rows it wrote.
CREATE FUNCTION outbox_event_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outbox_pending (position) SELECT position FROM appended;
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_event_enqueue AFTER INSERT ON outbox_event REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_enqueue();

-- What was pending stays pending, with its attempts so far.
INSERT INTO outbox_pending (position, attempts, last_error)
SELECT position, attempts, last_error FROM outbox_event WHERE status = 'PENDING';

-- Pruning finds published events by age: those that occurred before the retention and are no longer queued.
CREATE INDEX outbox_event_occurred_at ON outbox_event (occurred_at);

-- The old marks (status, attempts, last_error, published_at) are no longer written: left, unused, for a replica of
-- the previous version still running during a rolling update, and dropped by a later script. Such a replica's relay
-- looks for status 'PENDING': the rows it writes itself carry that status, so it publishes them and this version's
-- relay publishes them again (consumers apply an event id once); every other row's status is empty, so it does not
-- send the whole log again. Rolling back below this script: docs/deploy.md "Rolling back".
ALTER TABLE outbox_event ALTER COLUMN status DROP NOT NULL, ALTER COLUMN status DROP DEFAULT;
UPDATE outbox_event SET status = NULL WHERE status = 'PENDING';
