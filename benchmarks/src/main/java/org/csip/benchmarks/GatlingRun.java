package org.csip.benchmarks;

import io.gatling.shared.cli.GatlingCliOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Runs a Gatling simulation in this JVM with its settings as system properties, and reads what it measured. */
final class GatlingRun {
    private GatlingRun() {
    }

    static RunStats run(Class<?> simulation, String label, Map<String, String> settings, Path results) {
        settings.forEach(System::setProperty);
        // No usage report to Gatling's servers (the machine could not reach them anyway).
        System.setProperty("gatling.enableAnalytics", "false");
        System.setProperty("gatling.data.enableAnalytics", "false");
        try {
            Files.createDirectories(results);
            String description = label.replaceAll("[^A-Za-z0-9 ./-]", "");
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                    GatlingCliOptions.Simulation.longOption(), simulation.getName(),
                    GatlingCliOptions.ResultsFolder.longOption(), results.toAbsolutePath().toString(),
                    GatlingCliOptions.RunDescription.longOption(), description});
            if (status != 0) {
                throw new IllegalStateException("Gatling ended with status " + status + " for " + label);
            }
            return RunStats.read(label, newest(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    private static Path newest(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(GatlingRun::modified))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + results));
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
