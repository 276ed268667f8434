-- The progress report asks the audit trail what a plan's actions looked like weeks ago (WHERE plan_id = ? ORDER BY
-- rev); without an index that read the whole trail, every change to every council's actions (docs/performance.md,
-- scenario 4: a sequential scan of action_aud in the partner summary's plan).
CREATE INDEX action_aud_plan ON action_aud (plan_id, rev);
