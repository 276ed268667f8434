package org.csip.inspection.intervention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One review of an intervention by the DfE adviser (St Helens: a report to the minister every six weeks). */
@Entity
@Table(name = "intervention_review")
public class InterventionReview extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "intervention_id")
    public UUID interventionId;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    public String summary;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The latest review of an intervention, or null before the first. */
    public static LocalDate lastReviewDate(UUID interventionId) {
        return getEntityManager()
                .createQuery("select max(r.reviewDate) from InterventionReview r where r.interventionId = ?1",
                        LocalDate.class)
                .setParameter(1, interventionId).getSingleResult();
    }

    public static long countFor(UUID interventionId) {
        return count("interventionId", interventionId);
    }
}
