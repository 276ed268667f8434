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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;

/** One report of progress on an action, kept in order: the action's history. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    /** The date the progress is reported as of. */
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    @Column(name = "reported_by")
    public String reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_agency")
    public Agency reporterAgency;

    @Enumerated(EnumType.STRING)
    public Rag rag;

    public String narrative;

    @Column(name = "percent_complete")
    public Integer percentComplete;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public ActionStatus statusAfter;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    public List<EvidenceLink> evidence = new ArrayList<>();

    public static List<ProgressUpdate> ofAction(UUID actionId) {
        return list("actionId = ?1 order by reportedOn, reportedAt", actionId);
    }

    /** The date of the latest report on each action of {@code planId} that has one, in one query. */
    public static List<LastReport> lastOfPlan(UUID planId) {
        return getEntityManager().createQuery("select new org.csip.actionplan.action.LastReport(u.actionId,"
                        + " max(u.reportedOn)) from ProgressUpdate u where u.actionId in"
                        + " (select a.id from Action a where a.planId = ?1) group by u.actionId order by u.actionId",
                LastReport.class).setParameter(1, planId).getResultList();
    }

    /** Whether any update of the action carries evidence. */
    public static boolean anyEvidence(UUID actionId) {
        return getEntityManager().createQuery("select count(u) from ProgressUpdate u join u.evidence e"
                + " where u.actionId = ?1", Long.class).setParameter(1, actionId).getSingleResult() > 0;
    }
}
