package org.csip.workforce.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csip.common.input.InputRules;
import org.csip.common.problem.ProblemException;
import org.hibernate.Session;

/**
 * Imports a DfE statistics file into {@code benchmark_value}: every figure of the file's measures for England,
 * each region and each council, flags kept as flags. All or nothing — a file with a missing column or a bad row
 * imports nothing; importing a newer file replaces the figures it repeats.
 */
@ApplicationScoped
public class BenchmarkImporter {
    private static final String UPSERT = """
            INSERT INTO benchmark_value (measure, year, geography, area_code, area_name, value, flag, dataset, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (measure, year, geography, area_code) DO UPDATE SET area_name = EXCLUDED.area_name,
                value = EXCLUDED.value, flag = EXCLUDED.flag, dataset = EXCLUDED.dataset,
                imported_at = EXCLUDED.imported_at""";

    /** benchmark_value's columns: numeric(14, 3), area_code varchar(12), area_name varchar(120), flag varchar(8). */
    static final BigDecimal LARGEST_FIGURE = new BigDecimal("1e11");
    static final int AREA_CODE_LENGTH = 12;
    static final int AREA_NAME_LENGTH = 120;
    static final int FLAG_LENGTH = 8;

    private final EntityManager entityManager;

    public BenchmarkImporter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The copy of the file shipped with CSIP. */
    @Transactional
    public ImportResult importBundled(Dataset dataset) {
        try (InputStream in = BenchmarkImporter.class.getResourceAsStream(dataset.resource())) {
            if (in == null) {
                throw new IllegalStateException("The DfE file " + dataset.resource() + " is missing");
            }
            return importFile(dataset, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportResult importFile(Dataset dataset, String text) {
        DfeCsv csv = DfeCsv.read(text);
        List<String> missing = dataset.requiredColumns().stream().filter(c -> !csv.columns().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField("file", "has no column " + String.join(", ", missing)
                    + " — it is not the DfE file " + dataset.file() + "; nothing was imported");
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            figures.addAll(figures(dataset, csv.rows().get(i), i + 2));
        }
        store(dataset, figures);
        return new ImportResult(dataset.key(), dataset.file(), csv.rows().size(), figures.size(),
                (int) figures.stream().filter(f -> f.statistic().flag() != null).count());
    }

    /** The figures of one row (line {@code line} of the file, counting the header as 1). */
    private static List<Figure> figures(Dataset dataset, Map<String, String> row, int line) {
        Geography geography = Geography.of(row.get("geographic_level"));
        if (geography == null) {
            return List.of(); // e.g. local authority districts: not what CSIP compares
        }
        int year;
        try {
            year = Integer.parseInt(row.get("time_period").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("file", "line " + line + ": time_period '" + row.get("time_period")
                    + "' is not a year; nothing was imported");
        }
        String code = geography.code(row);
        String name = geography.name(row);
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField("file", "line " + line + ": a " + row.get("geographic_level")
                    + " row without its code; nothing was imported");
        }
        refuse(line, "time_period", InputRules.yearProblem(year, Clock.systemUTC()));
        refuse(line, "the area code", text(code.trim(), AREA_CODE_LENGTH));
        refuse(line, "the area name", name == null ? "is missing" : text(name, AREA_NAME_LENGTH));
        List<Figure> figures = new ArrayList<>();
        for (BenchmarkMeasure measure : dataset.measures()) {
            Statistic statistic = measure.selects(row) ? Statistic.parse(row.get(measure.column())) : null;
            if (statistic != null) {
                refuse(line, measure.column(), statistic.value() != null ? figureProblem(measure, statistic.value())
                        : text(statistic.flag(), FLAG_LENGTH));
                figures.add(new Figure(measure, year, geography, code.trim(), name, statistic));
            }
        }
        return figures;
    }

    /** Why a published figure cannot be right: negative, a percentage over 100, or beyond its column. */
    static String figureProblem(BenchmarkMeasure measure, BigDecimal value) {
        if (value.signum() < 0) {
            return "is negative";
        }
        if (measure.isShare() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "is a percentage over 100";
        }
        if (value.abs().compareTo(LARGEST_FIGURE) >= 0) {
            return "is too large to be a published figure";
        }
        return null;
    }

    private static String text(String value, int length) {
        String problem = InputRules.textProblem(value);
        return problem != null ? problem : value.length() > length ? "is over " + length + " characters" : null;
    }

    private static void refuse(int line, String what, String problem) {
        if (problem != null) {
            throw ProblemException.invalidField("file", "line " + line + ": " + what + " " + problem
                    + "; nothing was imported");
        }
    }

    private void store(Dataset dataset, List<Figure> figures) {
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                for (Figure figure : figures) {
                    statement.setString(1, figure.measure().key());
                    statement.setInt(2, figure.year());
                    statement.setString(3, figure.geography().name());
                    statement.setString(4, figure.code());
                    statement.setString(5, figure.name());
                    if (figure.statistic().value() == null) {
                        statement.setNull(6, Types.NUMERIC);
                    } else {
                        statement.setBigDecimal(6, figure.statistic().value());
                    }
                    statement.setString(7, figure.statistic().flag());
                    statement.setString(8, dataset.key());
                    statement.setTimestamp(9, now);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** One figure on its way to the table. */
    private record Figure(BenchmarkMeasure measure, int year, Geography geography, String code, String name,
                          Statistic statistic) {
    }
}
