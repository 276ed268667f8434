-- Inspection frameworks are data (frameworks/frameworks.json, issue 18): a framework's code may be up to 32
-- characters ("ILACS_2027_..."), so the column that stores it grows from 16. Every code stored so far (SIF,
-- ILACS_2018, ILACS_2023, UNGRADED) keeps its meaning: no row changes.
ALTER TABLE inspection ALTER COLUMN framework TYPE varchar(32);
