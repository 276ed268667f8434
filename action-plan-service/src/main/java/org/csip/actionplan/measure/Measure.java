package org.csip.actionplan.measure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A numeric indicator of a plan, with its baseline, target and actuals over time. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "la_code")
    public String laCode;

    @Column(name = "theme_id")
    public UUID themeId;

    public String name;

    public String unit;

    public BigDecimal baseline;

    @Column(name = "baseline_on")
    public LocalDate baselineOn;

    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    /** Set when the workforce-service's monthly snapshot feeds the actuals. */
    @Embedded
    public MeasureFeed feed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_action", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "action_id")
    public Set<UUID> actionIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_actual", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderBy("asOf")
    public List<Actual> actuals = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
