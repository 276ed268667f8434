package org.csip.actionplan.knowninspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A DfE intervention as this service learned it from {@code csip.intervention.*.v1}: its reviews fall due. */
@Entity
@Table(name = "known_intervention")
public class KnownIntervention extends PanacheEntityBase {
    @Id
    @Column(name = "intervention_id")
    public UUID interventionId;

    @Column(name = "la_code")
    public String laCode;

    /** {@code IMPROVEMENT_NOTICE}, {@code STATUTORY_DIRECTION}, {@code COMMISSIONER}. */
    public String type;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "triggered_by")
    public UUID triggeredBy;

    @Column(name = "review_cadence_weeks")
    public int reviewCadenceWeeks;

    @Column(name = "last_review_date")
    public LocalDate lastReviewDate;

    @Column(name = "next_review_due")
    public LocalDate nextReviewDue;

    @Column(name = "last_event_id")
    public String lastEventId;

    @Column(name = "last_sequence")
    public Long lastSequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
