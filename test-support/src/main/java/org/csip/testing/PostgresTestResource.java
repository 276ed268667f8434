package org.csip.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.csip.stack.PostgresLauncher;

/** A real PostgreSQL 17 server for a service's tests, started by the same launcher as the local stack. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    static final String DATABASE = "csip_test";
    private PostgresLauncher postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("csip-test-pg");
            postgres = new PostgresLauncher(0, dir.resolve("data"), dir.resolve("postgres.log"), List.of(DATABASE));
            postgres.start();
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL for tests did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", PostgresLauncher.USER,
                "quarkus.datasource.password", PostgresLauncher.PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
