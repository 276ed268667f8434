package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakBuildCacheTest {
    @TempDir
    Path dir;

    private Path install(String name, String build) throws IOException {
        Path quarkus = Files.createDirectories(dir.resolve(name).resolve("lib/quarkus"));
        Files.writeString(quarkus.resolve("generated-bytecode.jar"), build);
        Files.writeString(quarkus.resolve("build-system.properties"), "quarkus.version=" + build);
        return dir.resolve(name);
    }

    @Test
    void aFreshInstallTakesTheBuildKeptFromTheFirstThatStarted() throws IOException {
        Path zip = Files.writeString(dir.resolve("keycloak-quarkus-dist-26.7.3.zip"), "zip");
        KeycloakBuildCache cache = KeycloakBuildCache.beside(zip);
        Path fresh = install("fresh", "as shipped");
        assertFalse(cache.applyTo(fresh), "nothing kept yet");
        assertEquals("as shipped", Files.readString(fresh.resolve("lib/quarkus/generated-bytecode.jar")));

        cache.keepFrom(install("started", "built for start-dev"));
        assertTrue(Files.isDirectory(dir.resolve("keycloak-quarkus-dist-26.7.3-built")));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no partial copy left");
        }
        assertTrue(cache.applyTo(fresh));
        assertEquals("built for start-dev", Files.readString(fresh.resolve("lib/quarkus/generated-bytecode.jar")));
        assertEquals("quarkus.version=built for start-dev",
                Files.readString(fresh.resolve("lib/quarkus/build-system.properties")));
    }

    @Test
    void theFirstBuildKeptStaysKept() throws IOException {
        KeycloakBuildCache cache = new KeycloakBuildCache(dir.resolve("built"));
        cache.keepFrom(install("first", "first"));
        cache.keepFrom(install("second", "second"));
        Path fresh = install("fresh", "as shipped");
        assertTrue(cache.applyTo(fresh));
        assertEquals("first", Files.readString(fresh.resolve("lib/quarkus/generated-bytecode.jar")));
    }
}
