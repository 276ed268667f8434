-- A measure may be fed by the workforce-service's monthly metrics snapshot (csip.metrics.snapshot.v1).
ALTER TABLE measure ADD COLUMN feed_metric varchar(32);
ALTER TABLE measure ADD COLUMN feed_agency varchar(16);
ALTER TABLE measure ADD CONSTRAINT measure_feed_whole CHECK ((feed_metric IS NULL) = (feed_agency IS NULL));
CREATE INDEX measure_feed ON measure (la_code, feed_agency) WHERE feed_metric IS NOT NULL;
-- The event an actual came from, when it was fed rather than entered.
ALTER TABLE measure_actual ADD COLUMN event_id varchar(128);
