package org.csip.inspection.localauthority;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.register.RegisteredAuthority;
import org.jboss.logging.Logger;

/**
 * Copies the shared local-authority register into this service's tables at start-up, so inspections
 * can be checked and joined against it. It upserts, so a newer file refreshes the register, and it holds
 * a transaction-scoped advisory lock, so replicas starting together do not collide.
 */
@ApplicationScoped
public class LocalAuthorityImport {
    private static final Logger LOG = Logger.getLogger(LocalAuthorityImport.class);
    private static final long LOCK_KEY = 0x4c41_5245_4749L; // "LAREGI"

    private final EntityManager entityManager;
    private final LocalAuthorityRegister register;

    public LocalAuthorityImport(EntityManager entityManager, LocalAuthorityRegister register) {
        this.entityManager = entityManager;
        this.register = register;
    }

    void onStart(@Observes StartupEvent start) {
        int count = importRegister();
        LOG.infof("Local-authority register: %d councils loaded from %s", count, LocalAuthorityRegister.RESOURCE);
    }

    /** Upserts every council of the register; returns how many it holds. */
    @Transactional
    public int importRegister() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY)
                .getSingleResult();
        for (RegisteredAuthority council : register.all()) {
            entityManager.createNativeQuery("""
                    INSERT INTO local_authority (la_code, ons_code, name, region_code, region_name, la_type,
                                                 population_0_25)
                    VALUES (:laCode, :onsCode, :name, :regionCode, :regionName, :laType, :population)
                    ON CONFLICT (la_code) DO UPDATE SET ons_code = EXCLUDED.ons_code, name = EXCLUDED.name,
                        region_code = EXCLUDED.region_code, region_name = EXCLUDED.region_name,
                        la_type = EXCLUDED.la_type, population_0_25 = EXCLUDED.population_0_25""")
                    .setParameter("laCode", council.laCode())
                    .setParameter("onsCode", council.onsCode())
                    .setParameter("name", council.name())
                    .setParameter("regionCode", council.regionCode())
                    .setParameter("regionName", council.regionName())
                    .setParameter("laType", council.laType())
                    .setParameter("population", council.population0To25())
                    .executeUpdate();
            List<String> neighbours = council.statisticalNeighbours();
            for (int rank = 1; rank <= neighbours.size(); rank++) {
                entityManager.createNativeQuery("""
                        INSERT INTO statistical_neighbour (la_code, rank, neighbour_la_code)
                        VALUES (:laCode, :rank, :neighbour)
                        ON CONFLICT (la_code, rank) DO UPDATE SET neighbour_la_code = EXCLUDED.neighbour_la_code""")
                        .setParameter("laCode", council.laCode()).setParameter("rank", rank)
                        .setParameter("neighbour", neighbours.get(rank - 1)).executeUpdate();
            }
        }
        return register.all().size();
    }
}
