-- Drafts read from uploaded Ofsted report PDFs (issue 9): kept so a person can check and confirm them, on any
-- replica; nothing reaches the inspection tables until confirmed. The PDF itself is not kept, only its digest.
CREATE TABLE report_import (
    id             uuid          PRIMARY KEY,
    file_name      varchar(255)  NOT NULL,
    sha256         varchar(64)   NOT NULL,
    la_code        varchar(3),
    draft          text          NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(128)  NOT NULL,
    confirmed_at   timestamptz,
    confirmed_by   varchar(128),
    inspection_id  uuid          REFERENCES inspection (id),
    CONSTRAINT report_import_confirmed_whole CHECK ((confirmed_at IS NULL) = (inspection_id IS NULL))
);

-- The same report uploaded again is recognised by its digest.
CREATE INDEX report_import_sha256 ON report_import (sha256);
