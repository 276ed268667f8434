-- A team of one agency, with its funded establishment (FTE). No names of people anywhere in this service.
CREATE TABLE team (
    id                 uuid          PRIMARY KEY,
    agency             varchar(16)   NOT NULL CHECK (agency IN ('COUNCIL', 'POLICE', 'HEALTH')),
    name               varchar(200)  NOT NULL,
    service_area       varchar(32)   NOT NULL,
    establishment_fte  numeric(7, 2) NOT NULL CHECK (establishment_fte >= 0),
    version            integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    UNIQUE (agency, name)
);
