package org.csip.workforce.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.csip.common.problem.ProblemException;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.register.RegisteredAuthority;

/** Sets a council's published figures beside England, its region and its statistical neighbours (docs/domain.md §1). */
@ApplicationScoped
public class BenchmarkService {
    private final EntityManager entityManager;
    private final LocalAuthorityRegister register;

    public BenchmarkService(EntityManager entityManager, LocalAuthorityRegister register) {
        this.entityManager = entityManager;
        this.register = register;
    }

    public BenchmarkComparison compare(String laCode, BenchmarkMeasure measure) {
        RegisteredAuthority council = ProblemException.found(register.find(laCode).orElse(null),
                "No council with DfE code " + laCode + " in the register");
        List<String> neighbourCodes = council.statisticalNeighbours();
        List<String> councils = new ArrayList<>(neighbourCodes);
        councils.add(council.laCode());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT year, geography, area_code, value, flag FROM benchmark_value
                        WHERE measure = :measure AND (geography = 'NATIONAL'
                            OR (geography = 'REGIONAL' AND area_name = :region)
                            OR (geography = 'LOCAL_AUTHORITY' AND area_code IN (:councils)))""")
                .setParameter("measure", measure.key())
                .setParameter("region", council.regionName())
                .setParameter("councils", councils)
                .getResultList();
        Map<Integer, Map<String, Statistic>> byYear = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Object[] row : rows) {
            int year = ((Number) row[0]).intValue();
            String key = switch ((String) row[1]) {
                case "NATIONAL" -> "england";
                case "REGIONAL" -> "region";
                default -> (String) row[2];
            };
            byYear.computeIfAbsent(year, y -> new HashMap<>()).put(key, new Statistic(
                    row[3] == null ? null : ((BigDecimal) row[3]).stripTrailingZeros(), (String) row[4]));
            years.add(year);
        }
        List<BenchmarkComparison.Year> series = new ArrayList<>();
        for (int year : years) {
            Map<String, Statistic> figures = byYear.get(year);
            series.add(new BenchmarkComparison.Year(year, figures.get(council.laCode()), figures.get("england"),
                    figures.get("region"), mean(neighbourCodes, figures)));
        }
        List<BenchmarkComparison.Neighbour> neighbours = new ArrayList<>();
        for (int i = 0; i < neighbourCodes.size(); i++) {
            neighbours.add(new BenchmarkComparison.Neighbour(i + 1, neighbourCodes.get(i),
                    register.nameOf(neighbourCodes.get(i))));
        }
        return new BenchmarkComparison(council.laCode(), council.name(), council.regionName(), measure.key(),
                measure.label(), measure.unit(), measure.higherIsBetter(), neighbours, series);
    }

    /** The neighbours' mean for a year, over those that published a number (flags and gaps left out). */
    static BenchmarkComparison.NeighbourMean mean(List<String> neighbours, Map<String, Statistic> figures) {
        List<BigDecimal> values = neighbours.stream().map(figures::get)
                .filter(s -> s != null && s.value() != null).map(Statistic::value).toList();
        BigDecimal mean = values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return new BenchmarkComparison.NeighbourMean(mean, values.size(), neighbours.size());
    }
}
