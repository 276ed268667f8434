-- The number of the last event applied to each read-model row (its inspection's event sequence, ce_sequence), so an
-- older event arriving late changes nothing (docs/events.md "Order"). Null: last set by an event from before numbering.
ALTER TABLE known_inspection ADD COLUMN last_sequence bigint;
ALTER TABLE known_finding ADD COLUMN last_sequence bigint;
