package org.csip.actionplan.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measure as the API shows it: its actuals over time and whether the latest meets the target. */
public record MeasureView(UUID id, UUID planId, String laCode, UUID themeId, String name, String unit,
                          BigDecimal baseline, LocalDate baselineOn, BigDecimal target, Direction direction,
                          MeasureFeed feed, List<UUID> actionIds, List<Point> actuals, Point latest,
                          Boolean onTarget) {

    /** One actual. */
    public record Point(LocalDate asOf, BigDecimal value, String source) {
    }

    public static MeasureView of(Measure measure) {
        List<Point> points = measure.actuals.stream()
                .sorted(java.util.Comparator.comparing(Actual::asOf))
                .map(a -> new Point(a.asOf(), a.value(), a.source())).toList();
        Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
        return new MeasureView(measure.id, measure.planId, measure.laCode, measure.themeId, measure.name, measure.unit,
                measure.baseline, measure.baselineOn, measure.target, measure.direction, measure.feed,
                List.copyOf(measure.actionIds),
                points, latest, latest == null ? null : measure.direction.meets(latest.value(), measure.target));
    }
}
