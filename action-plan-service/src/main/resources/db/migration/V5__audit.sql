-- Audit history (Hibernate Envers): every change to plans and actions, with who and when.
CREATE SEQUENCE revinfo_seq START 1 INCREMENT 1;

CREATE TABLE revinfo (
    rev                bigint       PRIMARY KEY,
    changed_at         bigint       NOT NULL,  -- epoch milliseconds (Envers' revision timestamp)
    changed_by         varchar(128) NOT NULL,
    changed_by_agency  varchar(8)
);

CREATE TABLE action_aud (
    id                 uuid         NOT NULL,
    rev                bigint       NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    plan_id            uuid,
    theme_id           uuid,
    la_code            varchar(3),
    title              varchar(200),
    description        varchar(4000),
    lead_agency        varchar(8),
    owner              varchar(200),
    start_date         date,
    due_date           date,
    original_due_date  date,
    status             varchar(16),
    cancel_reason      varchar(500),
    rag                varchar(8),
    percent_complete   smallint,
    completed_on       date,
    created_at         timestamptz,
    created_by         varchar(128),
    updated_at         timestamptz,
    updated_by         varchar(128),
    PRIMARY KEY (id, rev)
);

CREATE TABLE action_finding_aud (
    rev         bigint   NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    action_id   uuid     NOT NULL,
    finding_id  uuid     NOT NULL,
    PRIMARY KEY (rev, action_id, finding_id)
);

CREATE TABLE plan_aud (
    id            uuid         NOT NULL,
    rev           bigint       NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    la_code       varchar(3),
    title         varchar(200),
    status        varchar(16),
    draft_due     date,
    final_due     date,
    submitted_on  date,
    created_at    timestamptz,
    created_by    varchar(128),
    updated_at    timestamptz,
    updated_by    varchar(128),
    PRIMARY KEY (id, rev)
);
