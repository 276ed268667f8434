package org.csip.inspection.localauthority;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the local-authority register from {@code data/la_lookup.csv} at start-up. It upserts, so a newer
 * file refreshes the register, and it holds a transaction-scoped advisory lock, so replicas starting
 * together do not collide.
 */
@ApplicationScoped
public class LocalAuthorityImport {
    private static final Logger LOG = Logger.getLogger(LocalAuthorityImport.class);
    static final String RESOURCE = "/data/la_lookup.csv";
    private static final long LOCK_KEY = 0x4c41_5245_4749L; // "LAREGI"

    private final EntityManager entityManager;

    public LocalAuthorityImport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent start) {
        int count = importRegister();
        LOG.infof("Local-authority register: %d councils loaded from %s", count, RESOURCE);
    }

    /** Upserts every row of the register; returns how many councils it holds. */
    @Transactional
    public int importRegister() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY)
                .getSingleResult();
        List<Map<String, String>> rows = readRows();
        for (Map<String, String> row : rows) {
            String laCode = row.get("la_code").trim();
            entityManager.createNativeQuery("""
                    INSERT INTO local_authority (la_code, ons_code, name, region_code, region_name, la_type,
                                                 population_0_25)
                    VALUES (:laCode, :onsCode, :name, :regionCode, :regionName, :laType, :population)
                    ON CONFLICT (la_code) DO UPDATE SET ons_code = EXCLUDED.ons_code, name = EXCLUDED.name,
                        region_code = EXCLUDED.region_code, region_name = EXCLUDED.region_name,
                        la_type = EXCLUDED.la_type, population_0_25 = EXCLUDED.population_0_25""")
                    .setParameter("laCode", laCode)
                    .setParameter("onsCode", blankToNull(row.get("la_code_new")))
                    .setParameter("name", row.get("local_authority_ons_name").trim())
                    .setParameter("regionCode", row.get("region_code").trim())
                    .setParameter("regionName", row.get("region_name").trim())
                    .setParameter("laType", blankToNull(row.get("ons_la_type")))
                    .setParameter("population", integerOrNull(row.get("ons_population_0-25")))
                    .executeUpdate();
            List<String> neighbours = codes(row.get("stat_neighbours"));
            for (int rank = 1; rank <= neighbours.size(); rank++) {
                entityManager.createNativeQuery("""
                        INSERT INTO statistical_neighbour (la_code, rank, neighbour_la_code)
                        VALUES (:laCode, :rank, :neighbour)
                        ON CONFLICT (la_code, rank) DO UPDATE SET neighbour_la_code = EXCLUDED.neighbour_la_code""")
                        .setParameter("laCode", laCode).setParameter("rank", rank)
                        .setParameter("neighbour", neighbours.get(rank - 1)).executeUpdate();
            }
        }
        return rows.size();
    }

    private static List<Map<String, String>> readRows() {
        try (InputStream in = LocalAuthorityImport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The local-authority register " + RESOURCE + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // the file starts with a byte-order mark
            }
            CsvMapper mapper = new CsvMapper();
            try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
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
        return codes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integerOrNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }
}
