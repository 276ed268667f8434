package org.csip.workforce.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A team of one agency with its establishment; staff, vacancies and caseloads hang off it. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Agency agency;

    /** The council the record belongs to (its team's): who may read it is who covers this council. */
    @Column(name = "la_code")
    public String laCode;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_area")
    public ServiceArea serviceArea;

    @Column(name = "establishment_fte")
    public BigDecimal establishmentFte;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
