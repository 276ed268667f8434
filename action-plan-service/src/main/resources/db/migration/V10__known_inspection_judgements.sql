-- Every judgement of a published graded inspection, as its events carry them (area, label, grade, gradeLabel) in a
-- JSON array, and whether its framework forms an overall grade: from April 2026 ILACS gives none, so a plan's
-- reports show each judgement rather than an overall grade that does not exist. Null until an event says.
ALTER TABLE known_inspection
    ADD COLUMN overall_graded boolean,
    ADD COLUMN judgements     text;
