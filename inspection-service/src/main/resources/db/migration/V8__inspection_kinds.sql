-- Inspections by any inspectorate (issue 23, docs/inspections.md#kinds). An inspection names the inspectorates that
-- carried it out (a JTAI's three or four), and belongs either to one council (la_code) or, for an inspection of an
-- organisation such as a police force, to that organisation and every council it covered when it was recorded.
-- councils is what every read is scoped by: a council's own inspection holds just its la_code.
ALTER TABLE inspection ADD COLUMN organisation varchar(64);
ALTER TABLE inspection ADD COLUMN councils varchar(3)[];
ALTER TABLE inspection ADD COLUMN inspectorates varchar(200);

UPDATE inspection SET councils = ARRAY[la_code]::varchar(3)[];
UPDATE inspection SET inspectorates = CASE type WHEN 'JTAI' THEN 'OFSTED,CQC,HMICFRS' WHEN 'PEER_REVIEW' THEN 'LGA'
                                                ELSE 'OFSTED' END;

ALTER TABLE inspection ALTER COLUMN councils SET NOT NULL;
ALTER TABLE inspection ALTER COLUMN inspectorates SET NOT NULL;
ALTER TABLE inspection ALTER COLUMN la_code DROP NOT NULL;
ALTER TABLE inspection ADD CONSTRAINT inspection_belongs_to_a_council_or_an_organisation CHECK (
    (organisation IS NULL AND la_code IS NOT NULL AND councils = ARRAY[la_code]::varchar(3)[])
    OR (organisation IS NOT NULL AND la_code IS NULL AND cardinality(councils) BETWEEN 1 AND 200));
ALTER TABLE inspection ADD CONSTRAINT inspection_inspectorates_named CHECK (inspectorates ~ '^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$');

-- Reads ask "any of these councils" (councils && :covered): a GIN index answers that for one council or a force's ten.
CREATE INDEX inspection_councils ON inspection USING gin (councils);
