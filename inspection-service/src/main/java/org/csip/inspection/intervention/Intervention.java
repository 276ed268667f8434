package org.csip.inspection.intervention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.messaging.persistence.RowLock;

/** A DfE intervention in one council, whose adviser reviews progress on a fixed cadence. */
@Entity
@Table(name = "intervention")
public class Intervention extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "la_code")
    public String laCode;

    @Enumerated(EnumType.STRING)
    public InterventionType type;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "triggered_by")
    public UUID triggeredBy;

    public String adviser;

    @Column(name = "review_cadence_weeks")
    public int reviewCadenceWeeks;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Intervention lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "intervention", id);
        return ProblemException.found(findById(id), "No intervention " + id);
    }

    public static Intervention require(UUID id) {
        return ProblemException.found(findById(id), "No intervention " + id);
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** The next review: one cadence after the last review (or the start); none once the intervention has ended. */
    public LocalDate nextReviewDue(LocalDate lastReview) {
        if (!isOpen()) {
            return null;
        }
        return (lastReview != null ? lastReview : startDate).plusWeeks(reviewCadenceWeeks);
    }
}
