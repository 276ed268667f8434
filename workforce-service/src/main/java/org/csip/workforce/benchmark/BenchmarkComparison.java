package org.csip.workforce.benchmark;

import java.math.BigDecimal;
import java.util.List;

/**
 * A council's published figure for one measure, year by year, beside England, its region and the mean of its ten
 * statistical neighbours — the comparison every DfE conversation about a council starts from.
 */
public record BenchmarkComparison(String laCode, String laName, String regionName, String measure, String label,
                                  String unit, Boolean higherIsBetter, List<Neighbour> neighbours, List<Year> years) {

    /** A statistical neighbour, in the DfE's order (closest first). */
    public record Neighbour(int rank, String laCode, String name) {
    }

    /** One year: each figure is a value or the DfE's flag. */
    public record Year(int year, Statistic council, Statistic england, Statistic region, NeighbourMean neighbours) {
    }

    /** The mean of the neighbours that published a number that year, and how many did. */
    public record NeighbourMean(BigDecimal mean, int reporting, int of) {
    }
}
