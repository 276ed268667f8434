package org.csip.actionplan.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code csip.measure.actual-recorded.v1}: a measure's new value and whether it meets the target. */
public record MeasureActualRecorded(UUID measureId, UUID planId, String laCode, String name, String unit,
                                    LocalDate asOf, BigDecimal value, BigDecimal baseline, BigDecimal target,
                                    Direction direction, boolean onTarget, String source) {
}
