-- Inspections by any inspectorate (issue 23): an inspection of a police force belongs to the force and to every
-- council it covers, so it names no single council (la_code null) but its councils; a council's holds just its own.
-- Reads are scoped by councils (councils && :covered). Its findings name no council either: they are the inspection's.
ALTER TABLE known_inspection ADD COLUMN organisation varchar(64);
ALTER TABLE known_inspection ADD COLUMN councils varchar(3)[];
ALTER TABLE known_inspection ADD COLUMN inspectorates varchar(200);
UPDATE known_inspection SET councils = ARRAY[la_code]::varchar(3)[];
ALTER TABLE known_inspection ALTER COLUMN councils SET NOT NULL;
ALTER TABLE known_inspection ALTER COLUMN la_code DROP NOT NULL;
ALTER TABLE known_inspection ADD CONSTRAINT known_inspection_has_councils CHECK (cardinality(councils) >= 1);
CREATE INDEX known_inspection_councils ON known_inspection USING gin (councils);

ALTER TABLE known_finding ALTER COLUMN la_code DROP NOT NULL;
