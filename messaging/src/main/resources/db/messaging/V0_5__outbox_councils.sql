-- An event about a record that concerns several councils (a police force's inspection concerns every council the
-- force covers) names them all, so the gateway can show it on each of those councils' feeds (docs/events.md).
-- Comma-separated three-digit codes; null for an event about one council (la_code) or none.
ALTER TABLE outbox_event ADD COLUMN councils varchar(1000);
