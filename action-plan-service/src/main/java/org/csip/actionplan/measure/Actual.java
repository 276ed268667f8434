package org.csip.actionplan.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A measure's value as at a date, and where it came from (a quarterly audit, or the workforce event that fed it). */
@Embeddable
public record Actual(@Column(name = "as_of") LocalDate asOf, @Column(name = "value") BigDecimal value,
                     @Column(name = "source") String source, @Column(name = "recorded_at") OffsetDateTime recordedAt,
                     @Column(name = "recorded_by") String recordedBy, @Column(name = "event_id") String eventId) {

    /** Fed by a workforce event rather than entered by a person. */
    public boolean isFed() {
        return eventId != null;
    }
}
