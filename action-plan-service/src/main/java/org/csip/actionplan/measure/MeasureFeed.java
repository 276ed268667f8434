package org.csip.actionplan.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import org.csip.common.security.Agency;

/** Where a measure's actuals come from when the workforce-service supplies them: which metric, of which agency. */
@Embeddable
public record MeasureFeed(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "feed_metric") WorkforceMetric metric,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "feed_agency") Agency agency) {

    /** The source an actual fed this way records. */
    public String source() {
        return "workforce-service: " + metric.field() + " of " + agency.alias() + " (monthly snapshot)";
    }
}
