-- Statutory deadlines (issue 23) are worked out from what this service knows: the inspections (with the date a
-- report sets for the response, where it sets one), the DfE's interventions, and the plans.
ALTER TABLE known_inspection ADD COLUMN response_due date;

-- The DfE interventions, learned from csip.intervention.*.v1 (never read from the inspection-service's tables).
CREATE TABLE known_intervention (
    intervention_id        uuid         PRIMARY KEY,
    la_code                varchar(3)   NOT NULL,
    type                   varchar(32)  NOT NULL,
    start_date             date         NOT NULL,
    end_date               date,
    triggered_by           uuid,
    review_cadence_weeks   smallint     NOT NULL,
    last_review_date       date,
    next_review_due        date,
    last_event_id          varchar(128) NOT NULL,
    last_sequence          bigint,
    updated_at             timestamptz  NOT NULL
);
CREATE INDEX known_intervention_council ON known_intervention (la_code);

-- Which deadline notices have been announced: once per deadline, due date and notice (approaching, missed),
-- whichever replica runs the job — the row and the event commit together; a second insert does nothing.
CREATE TABLE deadline_notice (
    deadline_key  varchar(120) NOT NULL,
    due_date      date         NOT NULL,
    notice        varchar(16)  NOT NULL CHECK (notice IN ('APPROACHING', 'MISSED')),
    announced_at  timestamptz  NOT NULL,
    PRIMARY KEY (deadline_key, due_date, notice)
);
