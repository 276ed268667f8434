-- Publishing: the report's date and link, the framework its judgements follow, why a visit was withdrawn.
ALTER TABLE inspection
    ADD COLUMN published_date    date,
    ADD COLUMN framework         varchar(16),
    ADD COLUMN report_url        varchar(500),
    ADD COLUMN withdrawn_reason  varchar(500),
    ADD COLUMN updated_at        timestamptz,
    ADD COLUMN updated_by        varchar(128);

ALTER TABLE inspection ADD CONSTRAINT inspection_la_registered
    FOREIGN KEY (la_code) REFERENCES local_authority (la_code);
ALTER TABLE inspection ADD CONSTRAINT inspection_published_after_visit
    CHECK (published_date IS NULL OR (on_site_end IS NOT NULL AND on_site_end <= published_date));
ALTER TABLE inspection ADD CONSTRAINT inspection_published_has_framework
    CHECK (status <> 'PUBLISHED' OR (published_date IS NOT NULL AND framework IS NOT NULL));

CREATE INDEX inspection_status ON inspection (status);

-- The grades of a published inspection, one per judgement area of its framework.
CREATE TABLE judgement (
    inspection_id  uuid        NOT NULL REFERENCES inspection (id),
    area           varchar(48) NOT NULL,
    grade          varchar(24) NOT NULL,
    PRIMARY KEY (inspection_id, area)
);

-- Priority actions, areas for improvement and strengths of an inspection, in report order.
-- Their ids are stable: action plans reference them.
CREATE TABLE finding (
    id             uuid          PRIMARY KEY,
    inspection_id  uuid          NOT NULL REFERENCES inspection (id),
    sequence       integer       NOT NULL CHECK (sequence > 0),
    kind           varchar(24)   NOT NULL,
    area           varchar(48),
    text           varchar(2000) NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    recorded_by    varchar(128)  NOT NULL,
    UNIQUE (inspection_id, sequence)
);

-- DfE interventions in a council's children's services, with the adviser's review cadence.
CREATE TABLE intervention (
    id                      uuid          PRIMARY KEY,
    la_code                 varchar(3)    NOT NULL REFERENCES local_authority (la_code),
    type                    varchar(32)   NOT NULL,
    start_date              date          NOT NULL,
    end_date                date,
    end_reason              varchar(500),
    triggered_by            uuid          REFERENCES inspection (id),
    adviser                 varchar(200),
    review_cadence_weeks    smallint      NOT NULL CHECK (review_cadence_weeks BETWEEN 1 AND 26),
    version                 integer       NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(128)  NOT NULL,
    CONSTRAINT intervention_dates_ordered CHECK (end_date IS NULL OR start_date <= end_date)
);

CREATE INDEX intervention_la ON intervention (la_code, start_date);
-- One open intervention of each type per council.
CREATE UNIQUE INDEX intervention_one_open_per_type ON intervention (la_code, type) WHERE end_date IS NULL;

-- The adviser's reviews (St Helens: every six weeks to the minister).
CREATE TABLE intervention_review (
    id               uuid          PRIMARY KEY,
    intervention_id  uuid          NOT NULL REFERENCES intervention (id),
    review_date      date          NOT NULL,
    summary          varchar(2000),
    recorded_at      timestamptz   NOT NULL,
    recorded_by      varchar(128)  NOT NULL,
    UNIQUE (intervention_id, review_date)
);

-- Which due reviews have been announced: the daily job announces each due date once, whichever
-- replica runs it.
CREATE TABLE review_due_notice (
    intervention_id  uuid        NOT NULL REFERENCES intervention (id),
    due_date         date        NOT NULL,
    announced_at     timestamptz NOT NULL,
    PRIMARY KEY (intervention_id, due_date)
);
