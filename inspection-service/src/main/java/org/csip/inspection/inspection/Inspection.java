package org.csip.inspection.inspection;

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

/** One Ofsted visit (or LGA peer review) of a council's children's services: the root of its findings. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "la_code")
    public String laCode;

    @Enumerated(EnumType.STRING)
    public InspectionType type;

    @Enumerated(EnumType.STRING)
    public InspectionStatus status;

    @Column(name = "notified_date")
    public LocalDate notifiedDate;

    @Column(name = "on_site_start")
    public LocalDate onSiteStart;

    @Column(name = "on_site_end")
    public LocalDate onSiteEnd;

    @Column(name = "lead_inspector")
    public String leadInspector;

    public String theme;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
