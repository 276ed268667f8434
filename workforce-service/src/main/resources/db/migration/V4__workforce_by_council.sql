-- Every workforce record belongs to a council (docs/architecture.md, "Tenancy"): a police force or health board keeps
-- teams for each council it covers, and a council's records are only ever read by those who cover it. Staff,
-- vacancies and caseload snapshots carry their team's council, so every list filters on one indexed column.
-- Records made before tenancy belong to the deployment's one council (csip.workforce.la-code).
ALTER TABLE team ADD COLUMN la_code varchar(3);
UPDATE team SET la_code = '${existing_council}';
ALTER TABLE team ALTER COLUMN la_code SET NOT NULL;
ALTER TABLE team DROP CONSTRAINT team_agency_name_key;
ALTER TABLE team ADD CONSTRAINT team_name_in_council UNIQUE (la_code, agency, name);

ALTER TABLE staff_member ADD COLUMN la_code varchar(3);
UPDATE staff_member s SET la_code = t.la_code FROM team t WHERE t.id = s.team_id;
ALTER TABLE staff_member ALTER COLUMN la_code SET NOT NULL;
CREATE INDEX staff_member_council ON staff_member (la_code, agency);

ALTER TABLE vacancy ADD COLUMN la_code varchar(3);
UPDATE vacancy v SET la_code = t.la_code FROM team t WHERE t.id = v.team_id;
ALTER TABLE vacancy ALTER COLUMN la_code SET NOT NULL;
CREATE INDEX vacancy_council ON vacancy (la_code, agency);

ALTER TABLE caseload_snapshot ADD COLUMN la_code varchar(3);
UPDATE caseload_snapshot c SET la_code = t.la_code FROM team t WHERE t.id = c.team_id;
ALTER TABLE caseload_snapshot ALTER COLUMN la_code SET NOT NULL;
CREATE INDEX caseload_snapshot_council ON caseload_snapshot (la_code, agency, as_of);

-- The monthly snapshot is published once per council, agency and month.
ALTER TABLE metrics_snapshot_notice ADD COLUMN la_code varchar(3);
UPDATE metrics_snapshot_notice SET la_code = '${existing_council}';
ALTER TABLE metrics_snapshot_notice ALTER COLUMN la_code SET NOT NULL;
ALTER TABLE metrics_snapshot_notice DROP CONSTRAINT metrics_snapshot_notice_pkey;
ALTER TABLE metrics_snapshot_notice ADD PRIMARY KEY (la_code, agency, as_of);
