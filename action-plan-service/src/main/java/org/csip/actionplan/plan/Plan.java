package org.csip.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.messaging.persistence.RowLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A council's improvement plan: its answer to the findings of the inspections it names. */
@Entity
@Table(name = "plan")
@Audited
public class Plan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "la_code")
    public String laCode;

    public String title;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "draft_due")
    public LocalDate draftDue;

    @Column(name = "final_due")
    public LocalDate finalDue;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_inspection", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "inspection_id")
    public Set<UUID> inspectionIds = new LinkedHashSet<>();

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Plan require(UUID id) {
        return ProblemException.found(findById(id), "No plan " + id);
    }

    /** Loads the plan locked for the rest of the transaction, so a check and the change it guards cannot interleave. */
    public static Plan lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "plan", id);
        return ProblemException.found(findById(id), "No plan " + id);
    }
}
