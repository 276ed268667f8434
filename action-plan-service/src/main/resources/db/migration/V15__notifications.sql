-- Email (issue 23): who asked for it and how often, and every message composed, sent from this table so an SMTP
-- outage delays mail and loses none. A message is composed once per person, kind and period (the unique key), so
-- a second replica or a re-run composes nothing more.
CREATE TABLE subscriber (
    subject            varchar(128) PRIMARY KEY,
    email              varchar(320) NOT NULL,
    name               varchar(200),
    agency             varchar(16),
    councils           varchar(1200) NOT NULL,
    roles              varchar(400)  NOT NULL,
    frequency          varchar(8)    NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY', 'OFF')),
    unsubscribe_token  uuid          NOT NULL UNIQUE,
    updated_at         timestamptz   NOT NULL
);

CREATE TABLE mail_outbox (
    id               uuid          PRIMARY KEY,
    subscriber       varchar(128)  NOT NULL REFERENCES subscriber (subject),
    kind             varchar(24)   NOT NULL,
    period           varchar(200)  NOT NULL,
    recipient        varchar(320)  NOT NULL,
    subject_line     varchar(300)  NOT NULL,
    html             text          NOT NULL,
    text_body        text          NOT NULL,
    unsubscribe_url  varchar(500)  NOT NULL,
    status           varchar(12)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    last_error       text,
    created_at       timestamptz   NOT NULL,
    sent_at          timestamptz,
    UNIQUE (subscriber, kind, period)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
