package org.csip.inspection.finding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A priority action, area for improvement or strength of one inspection; its id is what action plans answer. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    /** Position in the report, from 1. */
    public int sequence;

    @Enumerated(EnumType.STRING)
    public FindingKind kind;

    /** The code of the judgement area it concerns ({@code JudgementArea}), where the report says. */
    public String area;

    public String text;

    /** Whom it tells to act, as {@link org.csip.common.security.Addressee#join} writes them. */
    @Column(name = "addressed_to")
    public String addressedTo;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public java.util.Set<org.csip.common.security.Addressee> addressees() {
        return org.csip.common.security.Addressee.split(addressedTo);
    }
}
