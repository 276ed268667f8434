package org.csip.actionplan.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A measure's value as at a date, and where it came from (e.g. a workforce metric or a quarterly audit). */
@Embeddable
public record Actual(@Column(name = "as_of") LocalDate asOf, @Column(name = "value") BigDecimal value,
                     @Column(name = "source") String source, @Column(name = "recorded_at") OffsetDateTime recordedAt,
                     @Column(name = "recorded_by") String recordedBy) {
}
