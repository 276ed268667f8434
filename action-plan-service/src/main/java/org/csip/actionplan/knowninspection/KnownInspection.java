package org.csip.actionplan.knowninspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An inspection as this service knows it from inspection-events: the inspections a plan can answer.
 * It never reads the inspection-service's tables (docs/architecture.md §2).
 */
@Entity
@Table(name = "known_inspection")
public class KnownInspection extends PanacheEntityBase {
    @Id
    @Column(name = "inspection_id")
    public UUID inspectionId;

    /** The council inspected; null for an inspection of an organisation (a force), which has {@link #councils}. */
    @Column(name = "la_code")
    public String laCode;

    /** The organisation inspected (a force's alias), or null for a council's inspection. */
    public String organisation;

    /** Every council the inspection concerns (a council's own: just it), by which every read is scoped. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "councils", columnDefinition = "varchar(3)[]")
    public String[] councils;

    /** Who carried it out: inspectorate codes, comma-separated; null when learned from an event before they were sent. */
    public String inspectorates;

    /** Whether it concerns this council (is its own, or its force's). */
    public boolean concerns(String council) {
        return java.util.Arrays.asList(councils).contains(council);
    }

    /** Its councils, in code order. */
    public java.util.Set<String> councilSet() {
        return new java.util.TreeSet<>(java.util.Arrays.asList(councils));
    }

    public String type;

    public boolean graded;

    public String status;

    @Column(name = "notified_date")
    public LocalDate notifiedDate;

    @Column(name = "on_site_start")
    public LocalDate onSiteStart;

    @Column(name = "on_site_end")
    public LocalDate onSiteEnd;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    /** {@code OUTSTANDING}, {@code GOOD}, {@code REQUIRES_IMPROVEMENT}, {@code INADEQUATE}; null until graded, and
     * always null under a framework that forms no overall grade ({@link #overallGraded} false). */
    @Column(name = "overall_grade")
    public String overallGrade;

    /** Whether its framework forms an overall grade; null until published (or learned from an older event). */
    @Column(name = "overall_graded")
    public Boolean overallGraded;

    /** The date the report or letter sets for the written response, where it sets one (a JTAI letter does). */
    @Column(name = "response_due")
    public LocalDate responseDue;

    /** Every judgement as the events carry them: a JSON array of {@code {area, label, grade, gradeLabel}}. */
    public String judgements;

    /** The judgements, read from their stored JSON. */
    public java.util.List<KnownJudgement> judgementList() {
        return KnownJudgement.read(judgements);
    }

    @Column(name = "last_event_id")
    public String lastEventId;

    /** The inspection event sequence number of the last event applied (null before events were numbered). */
    @Column(name = "last_sequence")
    public Long lastSequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
