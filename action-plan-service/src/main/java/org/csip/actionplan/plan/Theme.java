package org.csip.actionplan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One of a plan's areas of improvement focus; actions are grouped under it. */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int position;

    public String title;

    public String description;

    public static List<Theme> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }
}
