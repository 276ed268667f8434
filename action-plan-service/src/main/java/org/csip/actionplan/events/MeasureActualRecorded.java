package org.csip.actionplan.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.csip.actionplan.measure.Direction;

/** Payload of {@code csip.measure.actual-recorded.v1}: a measure's new value and whether it meets the target. */
public record MeasureActualRecorded(UUID measureId, UUID planId, String laCode, String name, String unit,
                                    LocalDate asOf, BigDecimal value, BigDecimal baseline, BigDecimal target,
                                    Direction direction, boolean onTarget, String source) {
}
