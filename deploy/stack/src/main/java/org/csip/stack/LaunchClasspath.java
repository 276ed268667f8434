package org.csip.stack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath of the running JVM as plain entries, expanding a manifest-only jar (as started by
 * {@code java -jar csip-local.jar} or by Surefire), so a child JVM (the Kafka broker) can be given it.
 */
public final class LaunchClasspath {
    private LaunchClasspath() {
    }

    public static String current() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            // Absolute, so a child JVM started in another working directory finds the same classes.
            if (entry.endsWith("*")) {
                entries.add(Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath() + File.separator + "*");
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path.toString());
            entries.addAll(manifestClassPath(path));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        List<String> entries = new ArrayList<>();
        if (!jar.toString().endsWith(".jar") || !jar.toFile().isFile()) {
            return entries;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return entries;
            }
            URI base = jar.toAbsolutePath().getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                URI uri = base.resolve(item);
                entries.add("file".equals(uri.getScheme()) ? Path.of(uri).toString() : item);
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable jar: keep the entry as it is.
        }
        return entries;
    }
}
