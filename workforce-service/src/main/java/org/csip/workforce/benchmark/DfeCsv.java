package org.csip.workforce.benchmark;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csip.common.problem.ProblemException;

/** A file in the DfE's explore-education-statistics CSV format: a byte-order mark, a header, one row per line. */
record DfeCsv(List<String> columns, List<Map<String, String>> rows) {

    /** Reads the whole file; a file that is not well-formed CSV is a 400 naming the line. */
    static DfeCsv read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw ProblemException.invalidField("file", "is empty");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false)).readValues(body)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
            List<String> columns = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
            return new DfeCsv(columns, rows);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalidField("file", "is not a well-formed CSV file near data row " + (rows.size() + 1)
                    + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}
