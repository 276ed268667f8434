-- The date a report or letter sets for the written response (issue 23): a JTAI letter names the day the
-- partnership's written statement of action is due. Null where the report sets none (the rules then apply).
ALTER TABLE inspection ADD COLUMN response_due date;
ALTER TABLE inspection ADD CONSTRAINT inspection_response_after_publication
    CHECK (response_due IS NULL OR (published_date IS NOT NULL AND response_due >= published_date));
