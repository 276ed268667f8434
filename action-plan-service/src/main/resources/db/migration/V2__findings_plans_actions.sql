-- Findings of the inspections plans answer, learned from csip.finding.recorded.v1 (never read from the
-- inspection-service's tables).
CREATE TABLE known_finding (
    finding_id       uuid          PRIMARY KEY,
    inspection_id    uuid          NOT NULL,
    la_code          varchar(3)    NOT NULL,
    inspection_type  varchar(32)   NOT NULL,
    sequence         integer       NOT NULL,
    kind             varchar(24)   NOT NULL,
    area             varchar(48),
    text             varchar(2000) NOT NULL,
    last_event_id    varchar(128)  NOT NULL,
    updated_at       timestamptz   NOT NULL
);
CREATE INDEX known_finding_inspection ON known_finding (inspection_id, sequence);

ALTER TABLE known_inspection ADD COLUMN published_date date;

-- A council's improvement plan: the answer to the findings of one or more inspections.
CREATE TABLE plan (
    id            uuid          PRIMARY KEY,
    la_code       varchar(3)    NOT NULL,
    title         varchar(200)  NOT NULL,
    status        varchar(16)   NOT NULL,
    draft_due     date,
    final_due     date,
    submitted_on  date,
    version       integer       NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(128)  NOT NULL,
    updated_at    timestamptz,
    updated_by    varchar(128),
    CONSTRAINT plan_due_dates_ordered CHECK (draft_due IS NULL OR final_due IS NULL OR draft_due <= final_due)
);
CREATE INDEX plan_la ON plan (la_code);

CREATE TABLE plan_inspection (
    plan_id        uuid NOT NULL REFERENCES plan (id),
    inspection_id  uuid NOT NULL,
    PRIMARY KEY (plan_id, inspection_id)
);

-- The plan's areas of improvement focus (St Helens agreed six), in the plan's order.
CREATE TABLE theme (
    id           uuid          PRIMARY KEY,
    plan_id      uuid          NOT NULL REFERENCES plan (id),
    position     integer       NOT NULL,
    title        varchar(200)  NOT NULL,
    description  varchar(2000),
    UNIQUE (plan_id, position),
    UNIQUE (plan_id, title)
);

-- What a lead agency will do, by when, and which findings it answers.
CREATE TABLE action (
    id                 uuid          PRIMARY KEY,
    plan_id            uuid          NOT NULL REFERENCES plan (id),
    theme_id           uuid          NOT NULL REFERENCES theme (id),
    la_code            varchar(3)    NOT NULL,
    title              varchar(200)  NOT NULL,
    description        varchar(4000),
    lead_agency        varchar(8)    NOT NULL,
    owner              varchar(200)  NOT NULL,
    start_date         date          NOT NULL,
    due_date           date          NOT NULL,
    original_due_date  date          NOT NULL,
    status             varchar(16)   NOT NULL,
    cancel_reason      varchar(500),
    rag                varchar(8),
    percent_complete   smallint      CHECK (percent_complete BETWEEN 0 AND 100),
    completed_on       date,
    version            integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(128)  NOT NULL,
    updated_at         timestamptz,
    updated_by         varchar(128),
    CONSTRAINT action_dates_ordered CHECK (start_date <= due_date)
);
CREATE INDEX action_plan ON action (plan_id, theme_id);
CREATE INDEX action_lead_agency ON action (lead_agency, status);
CREATE INDEX action_due ON action (due_date) WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');

CREATE TABLE action_finding (
    action_id   uuid NOT NULL REFERENCES action (id),
    finding_id  uuid NOT NULL,
    PRIMARY KEY (action_id, finding_id)
);
CREATE INDEX action_finding_finding ON action_finding (finding_id);

-- Progress reported on an action, in order: RAG, narrative, percent, and the evidence that shows it.
CREATE TABLE progress_update (
    id                uuid          PRIMARY KEY,
    action_id         uuid          NOT NULL REFERENCES action (id),
    reported_on       date          NOT NULL,
    reported_at       timestamptz   NOT NULL,
    reported_by       varchar(128)  NOT NULL,
    reporter_agency   varchar(8),
    rag               varchar(8)    NOT NULL,
    narrative         varchar(4000) NOT NULL,
    percent_complete  smallint      CHECK (percent_complete BETWEEN 0 AND 100),
    status_after      varchar(16)   NOT NULL
);
CREATE INDEX progress_update_action ON progress_update (action_id, reported_on, reported_at);

-- Titled links or document references (never case notes or child data).
CREATE TABLE evidence (
    update_id   uuid          NOT NULL REFERENCES progress_update (id),
    position    integer       NOT NULL,
    title       varchar(200)  NOT NULL,
    link        varchar(1000) NOT NULL,
    PRIMARY KEY (update_id, position)
);
