package org.csip.workforce.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A team's cases and case-holding FTE as at a date, with the caseload and whether it broke the area's threshold. */
@Entity
@Table(name = "caseload_snapshot")
public class CaseloadSnapshot extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public Agency agency;

    /** The council the record belongs to (its team's): who may read it is who covers this council. */
    @Column(name = "la_code")
    public String laCode;

    @Column(name = "as_of")
    public LocalDate asOf;

    public int cases;

    @Column(name = "case_holder_fte")
    public BigDecimal caseHolderFte;

    public BigDecimal caseload;

    /** The threshold of the team's service area when the snapshot was taken. */
    public BigDecimal threshold;

    public boolean breached;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
