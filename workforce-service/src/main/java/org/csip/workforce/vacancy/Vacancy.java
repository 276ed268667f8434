package org.csip.workforce.vacancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.messaging.persistence.RowLock;
import org.csip.workforce.staff.StaffRole;

/** A funded post without a permanent worker in it, from when recruitment opened until it is filled or withdrawn. */
@Entity
@Table(name = "vacancy")
public class Vacancy extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public Agency agency;

    /** The council the record belongs to (its team's): who may read it is who covers this council. */
    @Column(name = "la_code")
    public String laCode;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    public BigDecimal fte;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    public VacancyStatus status;

    @Column(name = "filled_by")
    public UUID filledBy;

    @Column(name = "filled_on")
    public LocalDate filledOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Open on the date: opened by then, and not yet filled or withdrawn. */
    public boolean openOn(LocalDate date) {
        LocalDate ended = filledOn != null ? filledOn : closedOn;
        return !openedOn.isAfter(date) && (ended == null || ended.isAfter(date));
    }

    /** Days from opening to the starter's first day. */
    public Long timeToHireDays() {
        return filledOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(openedOn, filledOn);
    }

    public static Vacancy lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "vacancy", id);
        return ProblemException.found(findById(id), "No vacancy " + id);
    }
}
