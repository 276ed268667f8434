-- Numeric indicators of a plan (e.g. average caseload ≤ 18): baseline, target, which way is better, actuals.
CREATE TABLE measure (
    id           uuid           PRIMARY KEY,
    plan_id      uuid           NOT NULL REFERENCES plan (id),
    la_code      varchar(3)     NOT NULL,
    theme_id     uuid           REFERENCES theme (id),
    name         varchar(200)   NOT NULL,
    unit         varchar(40)    NOT NULL,
    baseline     numeric(12, 2) NOT NULL,
    baseline_on  date           NOT NULL,
    target       numeric(12, 2) NOT NULL,
    direction    varchar(24)    NOT NULL,
    created_at   timestamptz    NOT NULL,
    created_by   varchar(128)   NOT NULL,
    UNIQUE (plan_id, name)
);

CREATE TABLE measure_action (
    measure_id  uuid NOT NULL REFERENCES measure (id),
    action_id   uuid NOT NULL REFERENCES action (id),
    PRIMARY KEY (measure_id, action_id)
);

CREATE TABLE measure_actual (
    measure_id   uuid           NOT NULL REFERENCES measure (id),
    as_of        date           NOT NULL,
    value        numeric(12, 2) NOT NULL,
    source       varchar(200),
    recorded_at  timestamptz    NOT NULL,
    recorded_by  varchar(128)   NOT NULL,
    PRIMARY KEY (measure_id, as_of)
);
