package org.csip.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system libraries a native file links to, as the dynamic loader resolves them ({@code ldd}): what the image must
 * carry besides the Java runtime itself, and what could not be found.
 *
 * @param paths   absolute paths on this machine, the loader among them
 * @param missing sonames the loader could not find
 */
public record SharedLibraries(Set<String> paths, Set<String> missing) {
    private static final Pattern RESOLVED = Pattern.compile("^\\s*(\\S+)\\s+=>\\s+(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");
    private static final Pattern LOADER = Pattern.compile("^\\s*(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");
    private static final Pattern NOT_FOUND = Pattern.compile("^\\s*(\\S+)\\s+=>\\s+not found\\s*$");

    public SharedLibraries {
        paths = Set.copyOf(paths);
        missing = Set.copyOf(missing);
    }

    /** Reads {@code ldd}'s answer for one file (the kernel's vDSO and "statically linked" carry no file). */
    public static SharedLibraries parse(String lddOutput) {
        Set<String> paths = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (String line : lddOutput.split("\n")) {
            Matcher m;
            if ((m = RESOLVED.matcher(line)).matches()) {
                paths.add(m.group(2));
            } else if ((m = LOADER.matcher(line)).matches()) {
                paths.add(m.group(1));
            } else if ((m = NOT_FOUND.matcher(line)).matches()) {
                missing.add(m.group(1));
            }
        }
        return new SharedLibraries(paths, missing);
    }

    /** Asks this machine's loader which libraries {@code file} needs. */
    public static SharedLibraries of(Path file) throws IOException {
        Process ldd = new ProcessBuilder("ldd", file.toString()).redirectErrorStream(true).start();
        String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!ldd.waitFor(60, TimeUnit.SECONDS)) {
                ldd.destroyForcibly();
                throw new IOException("ldd " + file + " did not answer in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking ldd about " + file, e);
        }
        return parse(output); // exit 1 ("not a dynamic executable") parses to nothing: nothing to carry
    }

    /** Both answers together. */
    public SharedLibraries and(SharedLibraries other) {
        Set<String> allPaths = new TreeSet<>(paths);
        allPaths.addAll(other.paths);
        Set<String> allMissing = new TreeSet<>(missing);
        allMissing.addAll(other.missing);
        return new SharedLibraries(allPaths, allMissing);
    }
}
