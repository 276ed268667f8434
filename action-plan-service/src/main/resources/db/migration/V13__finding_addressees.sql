-- Whom each known finding tells to act (issue 23), from csip.finding.recorded.v1's addressedTo. Findings learned
-- before were of Ofsted's inspections of the council and addressed the council.
ALTER TABLE known_finding ADD COLUMN addressed_to varchar(64) NOT NULL DEFAULT 'COUNCIL';
ALTER TABLE known_finding ALTER COLUMN addressed_to DROP DEFAULT;
CREATE INDEX known_finding_council ON known_finding (la_code);
