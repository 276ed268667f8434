package org.csip.common.register;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE register of English councils ({@code data/la_lookup.csv}, shipped in this module), read once so
 * every service names councils, regions and statistical neighbours from the same file.
 */
@ApplicationScoped
public class LocalAuthorityRegister {
    public static final String RESOURCE = "/data/la_lookup.csv";

    private final Map<String, RegisteredAuthority> byCode;

    public LocalAuthorityRegister() {
        Map<String, RegisteredAuthority> councils = new LinkedHashMap<>();
        for (Map<String, String> row : readRows()) {
            RegisteredAuthority council = new RegisteredAuthority(row.get("la_code").trim(),
                    blankToNull(row.get("la_code_new")), row.get("local_authority_ons_name").trim(),
                    row.get("region_code").trim(), row.get("region_name").trim(), blankToNull(row.get("ons_la_type")),
                    integerOrNull(row.get("ons_population_0-25")), codes(row.get("stat_neighbours")),
                    codes(row.get("also_known_as").replace("[", "").replace("]", "")));
            councils.put(council.laCode(), council);
        }
        this.byCode = Map.copyOf(councils);
    }

    public Collection<RegisteredAuthority> all() {
        return byCode.values();
    }

    public Optional<RegisteredAuthority> find(String laCode) {
        return Optional.ofNullable(laCode == null ? null : byCode.get(laCode));
    }

    /** The council's name, or its code when the register does not know it. */
    public String nameOf(String laCode) {
        return find(laCode).map(RegisteredAuthority::name).orElse(laCode);
    }

    private static List<Map<String, String>> readRows() {
        try (InputStream in = LocalAuthorityRegister.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The local-authority register " + RESOURCE + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // the DfE file starts with a byte-order mark
            }
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                return it.readAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local-authority register", e);
        }
    }

    static List<String> codes(String list) {
        List<String> codes = new ArrayList<>();
        if (list != null) {
            for (String code : list.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return List.copyOf(codes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integerOrNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }
}
