-- Every Ofsted visit (or peer review) of a local authority's children's services.
CREATE TABLE inspection (
    id              uuid         PRIMARY KEY,
    la_code         varchar(3)   NOT NULL,
    type            varchar(32)  NOT NULL,
    status          varchar(16)  NOT NULL,
    notified_date   date         NOT NULL,
    on_site_start   date,
    on_site_end     date,
    lead_inspector  varchar(200),
    theme           varchar(500),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(128) NOT NULL,
    CONSTRAINT inspection_dates_ordered CHECK (
        (on_site_start IS NULL OR notified_date <= on_site_start)
        AND (on_site_end IS NULL OR on_site_start <= on_site_end))
);

CREATE INDEX inspection_la ON inspection (la_code, notified_date);
