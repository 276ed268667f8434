-- Improvement board meetings: who came from each agency, which actions were reviewed, what was decided.
CREATE TABLE board_meeting (
    id                  uuid          PRIMARY KEY,
    plan_id             uuid          NOT NULL REFERENCES plan (id),
    la_code             varchar(3)    NOT NULL,
    meeting_date        date          NOT NULL,
    chair               varchar(200)  NOT NULL,
    council_attendees   smallint      NOT NULL CHECK (council_attendees >= 0),
    police_attendees    smallint      NOT NULL CHECK (police_attendees >= 0),
    health_attendees    smallint      NOT NULL CHECK (health_attendees >= 0),
    other_attendees     smallint      NOT NULL CHECK (other_attendees >= 0),
    notes               varchar(4000),
    recorded_at         timestamptz   NOT NULL,
    recorded_by         varchar(128)  NOT NULL,
    UNIQUE (plan_id, meeting_date)
);
CREATE INDEX board_meeting_la ON board_meeting (la_code, meeting_date);

CREATE TABLE board_meeting_action (
    meeting_id  uuid NOT NULL REFERENCES board_meeting (id),
    action_id   uuid NOT NULL REFERENCES action (id),
    PRIMARY KEY (meeting_id, action_id)
);

CREATE TABLE board_decision (
    meeting_id  uuid          NOT NULL REFERENCES board_meeting (id),
    position    integer       NOT NULL,
    text        varchar(2000) NOT NULL,
    owner       varchar(200)  NOT NULL,
    due_date    date,
    action_id   uuid          REFERENCES action (id),
    PRIMARY KEY (meeting_id, position)
);
