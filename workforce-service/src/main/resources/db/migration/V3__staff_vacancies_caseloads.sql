-- Staff by internal reference only (never names), vacancies with their candidates, caseload snapshots per team,
-- and the record of each monthly metrics snapshot published (once per agency and month).
CREATE TABLE vacancy (
    id                 uuid          PRIMARY KEY,
    team_id            uuid          NOT NULL REFERENCES team (id),
    agency             varchar(16)   NOT NULL,
    role               varchar(32)   NOT NULL,
    fte                numeric(4, 2) NOT NULL CHECK (fte > 0 AND fte <= 1),
    opened_on          date          NOT NULL,
    status             varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'FILLED', 'WITHDRAWN')),
    filled_by          uuid,
    filled_on          date,
    closed_on          date,
    version            integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL
);
CREATE INDEX vacancy_team ON vacancy (team_id);

CREATE TABLE staff_member (
    id                 uuid          PRIMARY KEY,
    reference          varchar(40)   NOT NULL,
    team_id            uuid          NOT NULL REFERENCES team (id),
    agency             varchar(16)   NOT NULL,
    role               varchar(32)   NOT NULL,
    contract           varchar(16)   NOT NULL CHECK (contract IN ('PERMANENT', 'AGENCY')),
    fte                numeric(4, 2) NOT NULL CHECK (fte > 0 AND fte <= 1),
    case_holder        boolean       NOT NULL,
    covers_vacancy     boolean       NOT NULL,
    start_date         date          NOT NULL,
    left_on            date,
    leave_reason       varchar(32),
    leave_note         varchar(500),
    version            integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    UNIQUE (agency, reference),
    CHECK (left_on IS NULL OR left_on >= start_date),
    CHECK (contract = 'AGENCY' OR NOT covers_vacancy)
);
CREATE INDEX staff_member_team ON staff_member (team_id);

ALTER TABLE vacancy ADD CONSTRAINT vacancy_filled_by FOREIGN KEY (filled_by) REFERENCES staff_member (id);
CREATE UNIQUE INDEX vacancy_one_per_starter ON vacancy (filled_by) WHERE filled_by IS NOT NULL;

CREATE TABLE candidate (
    id                 uuid          PRIMARY KEY,
    vacancy_id         uuid          NOT NULL REFERENCES vacancy (id),
    reference          varchar(40)   NOT NULL,
    stage              varchar(16)   NOT NULL,
    applied_on         date          NOT NULL,
    stage_on           date          NOT NULL,
    version            integer       NOT NULL DEFAULT 0,
    UNIQUE (vacancy_id, reference)
);

CREATE TABLE caseload_snapshot (
    id                 uuid          PRIMARY KEY,
    team_id            uuid          NOT NULL REFERENCES team (id),
    agency             varchar(16)   NOT NULL,
    as_of              date          NOT NULL,
    cases              integer       NOT NULL CHECK (cases >= 0),
    case_holder_fte    numeric(6, 2) NOT NULL CHECK (case_holder_fte > 0),
    caseload           numeric(6, 1) NOT NULL,
    threshold          numeric(6, 1) NOT NULL,
    breached           boolean       NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    UNIQUE (team_id, as_of)
);

CREATE TABLE metrics_snapshot_notice (
    agency             varchar(16)   NOT NULL,
    as_of              date          NOT NULL,
    published_at       timestamptz   NOT NULL,
    PRIMARY KEY (agency, as_of)
);
