package org.csip.stack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Keycloak's first start from a fresh unzip builds it ("Updating the configuration...", 20–25 s of both cores); the
 * result is four files under {@code lib/quarkus}, the build options persisted among them. Kept once beside the
 * distribution zip, they let every later install (each test stack, the benchmark, the local run) start already built.
 * Keycloak still checks the options it finds against those it is started with and builds again if they differ, so a
 * stale copy costs time, never correctness.
 */
final class KeycloakBuildCache {
    private static final String BUILD_DIR = "lib/quarkus";
    private final Path cache;

    /** @param cache where the built files are kept, e.g. beside the distribution zip, named after it */
    KeycloakBuildCache(Path cache) {
        this.cache = cache;
    }

    /** For the distribution at {@code zip}: a folder beside it, named after it. */
    static KeycloakBuildCache beside(Path zip) {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        return new KeycloakBuildCache(zip.resolveSibling(name + "-built"));
    }

    /** Copies the kept build into a freshly unzipped install; false when none is kept yet. */
    boolean applyTo(Path home) throws IOException {
        List<Path> files = keptFiles();
        if (files.isEmpty()) {
            return false;
        }
        Path target = Files.createDirectories(home.resolve(BUILD_DIR));
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    /**
     * Keeps the build of an install Keycloak has started from (call once it is ready, so the build is complete).
     * Written to a folder of its own and then renamed into place, so a stack starting meanwhile sees all of it or
     * none; the first to finish wins.
     */
    void keepFrom(Path home) throws IOException {
        if (!keptFiles().isEmpty()) {
            return;
        }
        Path built = home.resolve(BUILD_DIR);
        Path partial = Files.createDirectories(cache.resolveSibling(cache.getFileName() + ".partial-"
                + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        try {
            try (var files = Files.list(built)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, partial.resolve(file.getFileName().toString()));
                }
            }
            try {
                Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another stack kept its build first (or the file system cannot rename atomically): leave it
            } catch (IOException e) {
                if (!Files.isDirectory(cache)) {
                    throw e;
                }
            }
        } finally {
            Folders.deleteRecursively(partial);
        }
    }

    private List<Path> keptFiles() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (var files = Files.list(cache)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
