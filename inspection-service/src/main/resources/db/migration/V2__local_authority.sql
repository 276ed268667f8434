-- The register of local authorities with children's services (DfE codes), from data/la_lookup.csv
-- (compiled by the Data to Insight network from DfE and ONS sources), loaded by LocalAuthorityImport.
CREATE TABLE local_authority (
    la_code          varchar(3)   PRIMARY KEY,
    ons_code         varchar(9)   UNIQUE,          -- null for councils that no longer exist
    name             varchar(120) NOT NULL,
    region_code      varchar(8)   NOT NULL,
    region_name      varchar(60)  NOT NULL,
    la_type          varchar(60),
    population_0_25  integer
);

-- The ten statistical neighbours DfE uses for benchmarking, in DfE's order (closest first).
CREATE TABLE statistical_neighbour (
    la_code           varchar(3) NOT NULL REFERENCES local_authority (la_code),
    rank              smallint   NOT NULL CHECK (rank BETWEEN 1 AND 10),
    neighbour_la_code varchar(3) NOT NULL,
    PRIMARY KEY (la_code, rank)
);

CREATE INDEX local_authority_region ON local_authority (region_name);
