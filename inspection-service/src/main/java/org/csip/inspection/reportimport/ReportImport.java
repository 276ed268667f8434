package org.csip.inspection.reportimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.messaging.persistence.RowLock;

/** One uploaded report's draft, waiting for a person to confirm it — and, once confirmed, the inspection it became. */
@Entity
@Table(name = "report_import")
public class ReportImport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "file_name")
    public String fileName;

    public String sha256;

    @Column(name = "la_code")
    public String laCode;

    /** The draft as JSON, exactly as the importer returned it. */
    public String draft;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    static ReportImport require(UUID id) {
        return ProblemException.found(findById(id), "No report import draft " + id);
    }

    /** Locked for the confirming transaction, so two confirmations of one draft cannot both create an inspection. */
    static ReportImport lockedForConfirm(UUID id) {
        RowLock.forChange(getEntityManager(), "report_import", id);
        return ProblemException.found(findById(id), "No report import draft " + id);
    }

    /** The confirmed import of the same file, if any. */
    static ReportImport confirmedWithDigest(String sha256) {
        return find("sha256 = ?1 and inspectionId is not null order by confirmedAt", sha256).firstResult();
    }
}
