-- Which overdue actions have been announced: once per action and due date, whichever replica runs the job.
-- Moving the due date makes a new pair, announced again if the new date passes too.
CREATE TABLE action_overdue_notice (
    action_id     uuid        NOT NULL REFERENCES action (id),
    due_date      date        NOT NULL,
    announced_at  timestamptz NOT NULL,
    PRIMARY KEY (action_id, due_date)
);
