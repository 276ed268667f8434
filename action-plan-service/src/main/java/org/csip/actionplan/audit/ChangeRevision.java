package org.csip.actionplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change (Hibernate Envers revision): when, and who — the token subject and their agency. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(ChangeAuthor.class)
public class ChangeRevision {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    public long rev;

    @RevisionTimestamp
    @Column(name = "changed_at")
    public long changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_by_agency")
    public String changedByAgency;
}
