-- Published DfE figures for England, each region and each council, by year: a number or the DfE's flag, never both.
CREATE TABLE benchmark_value (
    measure      varchar(40)    NOT NULL,
    year         integer        NOT NULL,
    geography    varchar(20)    NOT NULL CHECK (geography IN ('NATIONAL', 'REGIONAL', 'LOCAL_AUTHORITY')),
    area_code    varchar(12)    NOT NULL,
    area_name    varchar(120)   NOT NULL,
    value        numeric(14, 3),
    flag         varchar(8),
    dataset      varchar(20)    NOT NULL,
    imported_at  timestamptz    NOT NULL,
    PRIMARY KEY (measure, year, geography, area_code),
    CHECK ((value IS NULL) <> (flag IS NULL))
);
CREATE INDEX benchmark_value_area ON benchmark_value (measure, geography, area_name);
