package org.csip.actionplan.finding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.csip.common.security.Addressee;
import java.util.UUID;

/** A finding a plan must answer, as this service learned it from {@code csip.finding.recorded.v1}. */
@Entity
@Table(name = "known_finding")
public class KnownFinding extends PanacheEntityBase {
    /** The kinds a plan must answer; strengths need no action. */
    public static final List<String> TO_ANSWER = List.of("PRIORITY_ACTION", "AREA_FOR_IMPROVEMENT");

    @Id
    @Column(name = "finding_id")
    public UUID findingId;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "la_code")
    public String laCode;

    @Column(name = "inspection_type")
    public String inspectionType;

    public int sequence;

    public String kind;

    public String area;

    public String text;

    /** Whom it tells to act, as {@link Addressee#join} writes them ({@code COUNCIL} for findings from before). */
    @Column(name = "addressed_to")
    public String addressedTo;

    @Column(name = "last_event_id")
    public String lastEventId;

    /** The inspection event sequence number of the last event applied (null before events were numbered). */
    @Column(name = "last_sequence")
    public Long lastSequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Set<Addressee> addressees() {
        return Addressee.split(addressedTo);
    }

    public boolean isPriorityAction() {
        return "PRIORITY_ACTION".equals(kind);
    }

    /** The findings of these inspections, by inspection and report order. */
    public static List<KnownFinding> ofInspections(Collection<UUID> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return List.of();
        }
        return list("inspectionId in ?1 order by inspectionId, sequence", inspectionIds);
    }
}
