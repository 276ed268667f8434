package org.csip.workforce.benchmark;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A DfE explore-education-statistics file CSIP benchmarks against, as shipped in {@code data/dfe/}. */
public enum Dataset {
    CSWW("csww_indicators_2017_to_2023.csv", "Children's social work workforce"),
    CLA("cla_number_and_rate_per_10k_children.csv", "Children looked after"),
    REFERRALS("c1_children_in_need_referrals_and_rereferrals_2013_to_2023.csv", "Referrals and re-referrals"),
    CHILDREN_IN_NEED("b1_children_in_need_2013_to_2023.csv", "Children in need");

    /** The columns every file of the format has, which say when and where a row is. */
    static final List<String> GEOGRAPHY_COLUMNS = List.of("time_period", "geographic_level", "country_code",
            "region_code", "region_name", "old_la_code", "la_name");

    private final String file;
    private final String title;

    Dataset(String file, String title) {
        this.file = file;
        this.title = title;
    }

    public String file() {
        return file;
    }

    public String title() {
        return title;
    }

    /** The bundled copy of the file. */
    String resource() {
        return "/data/dfe/" + file;
    }

    public List<BenchmarkMeasure> measures() {
        return Arrays.stream(BenchmarkMeasure.values()).filter(m -> m.dataset() == this).toList();
    }

    /** Every column an import of this file needs. */
    public Set<String> requiredColumns() {
        Set<String> columns = new LinkedHashSet<>(GEOGRAPHY_COLUMNS);
        for (BenchmarkMeasure measure : measures()) {
            columns.add(measure.column());
            if (measure.filterColumn() != null) {
                columns.add(measure.filterColumn());
            }
        }
        return columns;
    }

    /** By name ({@code csww}, {@code CLA}), empty when it names none. */
    public static Optional<Dataset> named(String name) {
        String wanted = name == null ? "" : name.trim();
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
