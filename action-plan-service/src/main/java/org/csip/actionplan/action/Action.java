package org.csip.actionplan.action;

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
import org.csip.common.security.Agency;
import org.csip.messaging.persistence.RowLock;
import org.hibernate.envers.Audited;

/** What one lead agency will do, by when, in answer to which findings. */
@Entity
@Table(name = "action")
@Audited
public class Action extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "theme_id")
    public UUID themeId;

    @Column(name = "la_code")
    public String laCode;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_agency")
    public Agency leadAgency;

    /** A role or team, never a person's case or a child. */
    public String owner;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The due date first agreed; kept when the due date moves, so slippage shows. */
    @Column(name = "original_due_date")
    public LocalDate originalDueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Enumerated(EnumType.STRING)
    public Rag rag;

    @Column(name = "percent_complete")
    public Integer percentComplete;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_finding", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "finding_id")
    public Set<UUID> findingIds = new LinkedHashSet<>();

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

    public static Action require(UUID id) {
        return ProblemException.found(findById(id), "No action " + id);
    }

    public static Action lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "action", id);
        return ProblemException.found(findById(id), "No action " + id);
    }

    /** Not completed and its due date has passed (docs/domain.md §2). */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    /** Days the due date has moved since it was first agreed (0 when it has not). */
    public long slippageDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(originalDueDate, dueDate);
    }
}
