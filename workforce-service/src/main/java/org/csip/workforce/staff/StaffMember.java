package org.csip.workforce.staff;

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

/** A member of a team, known by an internal reference only — never a name. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {
    @Id
    public UUID id;

    public String reference;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public Agency agency;

    /** The council the record belongs to (its team's): who may read it is who covers this council. */
    @Column(name = "la_code")
    public String laCode;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    @Enumerated(EnumType.STRING)
    public Contract contract;

    public BigDecimal fte;

    @Column(name = "case_holder")
    public boolean caseHolder;

    /** An agency worker filling a vacant post (DfE: agency workers covering vacancies). */
    @Column(name = "covers_vacancy")
    public boolean coversVacancy;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason")
    public LeaveReason leaveReason;

    @Column(name = "leave_note")
    public String leaveNote;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** In post on the date: started by then and not yet left. */
    public boolean inPostOn(LocalDate date) {
        return !startDate.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }

    public static StaffMember lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "staff_member", id);
        return ProblemException.found(findById(id), "No staff member " + id);
    }
}
