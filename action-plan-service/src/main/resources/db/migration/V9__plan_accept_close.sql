-- A plan's acceptance (by Ofsted/DfE) and its closing, with the reason; the audit table follows the plan.
ALTER TABLE plan ADD COLUMN accepted_on date;
ALTER TABLE plan ADD COLUMN closed_on date;
ALTER TABLE plan ADD COLUMN close_reason varchar(2000);
ALTER TABLE plan_aud ADD COLUMN accepted_on date;
ALTER TABLE plan_aud ADD COLUMN closed_on date;
ALTER TABLE plan_aud ADD COLUMN close_reason varchar(2000);
