-- This service's own read model of the inspections plans can answer, learned from inspection-events.
CREATE TABLE known_inspection (
    inspection_id  uuid         PRIMARY KEY,
    la_code        varchar(3)   NOT NULL,
    type           varchar(32)  NOT NULL,
    graded         boolean      NOT NULL,
    status         varchar(16)  NOT NULL,
    notified_date  date         NOT NULL,
    on_site_start  date,
    on_site_end    date,
    last_event_id  varchar(128) NOT NULL,
    updated_at     timestamptz  NOT NULL
);
