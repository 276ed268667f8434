package org.csip.inspection.inspection;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.messaging.persistence.RowLock;

/**
 * One inspection — an Ofsted visit to a council, a joint inspection of a council area's partnership, HMICFRS's
 * inspection of a police force, an LGA peer review — the root of its findings. It belongs to one council, or to the
 * organisation inspected and so to every council that organisation covered when it was recorded ({@link #councils}).
 */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;

    /** The council inspected, or whose area's partnership was; null for an inspection of an organisation. */
    @Column(name = "la_code")
    public String laCode;

    /** The organisation inspected (a police force's alias), for kinds that inspect an organisation; else null. */
    public String organisation;

    /** The councils the inspection concerns, which every read is scoped by: the council's own, or the force's. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "councils", columnDefinition = "varchar(3)[]")
    public String[] councils;

    /** The inspectorates that carried it out, comma-separated codes ({@code OFSTED,CQC,HMICFRS}). */
    public String inspectorates;

    public InspectionType type;

    @Enumerated(EnumType.STRING)
    public InspectionStatus status;

    @Column(name = "notified_date")
    public LocalDate notifiedDate;

    @Column(name = "on_site_start")
    public LocalDate onSiteStart;

    @Column(name = "on_site_end")
    public LocalDate onSiteEnd;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    /** The code of the framework its judgements follow ({@link Frameworks}), set when published. */
    public String framework;

    @Column(name = "lead_inspector")
    public String leadInspector;

    public String theme;

    @Column(name = "report_url")
    public String reportUrl;

    /** The date the report or letter sets for the written response, where it sets one (a JTAI letter does). */
    @Column(name = "response_due")
    public LocalDate responseDue;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** Grade code by area code, as the framework's data names them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "judgement", joinColumns = @JoinColumn(name = "inspection_id"))
    @MapKeyColumn(name = "area")
    @Column(name = "grade")
    public Map<String, String> judgements = new HashMap<>();

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

    /** Loads the inspection locked for the rest of the transaction, so a check and the change it guards cannot interleave. */
    public static Inspection lockedForChange(UUID id) {
        RowLock.forChange(getEntityManager(), "inspection", id);
        return ProblemException.found(findById(id), "No inspection " + id);
    }

    /** The inspection of this council, type and first on-site day, unless withdrawn: the same visit recorded. */
    public static Inspection recordedAs(String laCode, InspectionType type, LocalDate onSiteStart) {
        return find("laCode = ?1 and type = ?2 and onSiteStart = ?3 and status <> ?4", laCode, type, onSiteStart,
                InspectionStatus.WITHDRAWN).firstResult();
    }

    /** The councils it concerns, in code order. */
    public java.util.Set<String> councilSet() {
        return new java.util.TreeSet<>(java.util.Arrays.asList(councils));
    }

    /**
     * The councils its events name besides {@code laCode}: all those a force's inspection concerns, none for a council's
     * own (its one council travels as the event's {@code laCode}).
     */
    public java.util.Set<String> eventCouncils() {
        return organisation == null ? java.util.Set.of() : councilSet();
    }

    /** Who it belongs to, in words for messages: {@code council 340} or {@code merseyside-police}. */
    public String owner() {
        return organisation != null ? organisation : "council " + laCode;
    }

    /** The inspectorates as a list, in the order recorded. */
    public List<String> inspectorateList() {
        return inspectorates == null ? List.of() : List.of(inspectorates.split(","));
    }

    public static Inspection require(UUID id) {
        return ProblemException.found(findById(id), "No inspection " + id);
    }

    /** The judgements in the framework's order (the overall grade first where there is one). */
    public List<Judgement> judgementList() {
        Framework rules = frameworkRules().orElse(null);
        return judgements.entrySet().stream()
                .map(e -> new Judgement(new JudgementArea(e.getKey()), new Grade(e.getValue())))
                .sorted(Comparator.comparingInt((Judgement j) -> rules == null ? 0 : rules.order(j.area()))
                        .thenComparing(j -> j.area().code()))
                .toList();
    }

    /** The overall grade, or null: unpublished, ungraded, or under a framework that forms none (ILACS 2026). */
    public Grade overallGrade() {
        Framework rules = frameworkRules().orElse(null);
        if (rules == null || !rules.hasOverallGrade()) {
            return null;
        }
        String grade = judgements.get(rules.overall().code());
        return grade == null ? null : new Grade(grade);
    }

    /** The framework's data for this inspection, once published (its framework is fixed then). */
    public java.util.Optional<Framework> frameworkRules() {
        return Frameworks.find(framework);
    }

    /** When the inspection happened, for ordering: fieldwork start, or the notification before that is known. */
    public LocalDate visitDate() {
        return onSiteStart != null ? onSiteStart : notifiedDate;
    }
}
