-- The overall grade of a published graded inspection, so a plan's reports can say what it answers.
ALTER TABLE known_inspection ADD COLUMN overall_grade varchar(32);
