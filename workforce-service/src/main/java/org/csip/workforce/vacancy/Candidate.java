package org.csip.workforce.vacancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An applicant for a vacancy, by recruitment reference (no names), and the stage they have reached. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "vacancy_id")
    public UUID vacancyId;

    public String reference;

    @Enumerated(EnumType.STRING)
    public CandidateStage stage;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "stage_on")
    public LocalDate stageOn;

    @Version
    public int version;

    public static List<Candidate> ofVacancy(UUID vacancyId) {
        return list("vacancyId = ?1 order by appliedOn, reference", vacancyId);
    }
}
