-- Whom each finding tells to act (issue 23): the council, the police, health, the safeguarding partnership, or several.
-- Every finding recorded before was of an Ofsted inspection of the council's services and addressed the council.
ALTER TABLE finding ADD COLUMN addressed_to varchar(64) NOT NULL DEFAULT 'COUNCIL';
ALTER TABLE finding ALTER COLUMN addressed_to DROP DEFAULT;
ALTER TABLE finding ADD CONSTRAINT finding_addressees_known CHECK (
    addressed_to ~ '^(COUNCIL|POLICE|HEALTH|PARTNERSHIP)(,(COUNCIL|POLICE|HEALTH|PARTNERSHIP))*$');
