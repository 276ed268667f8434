package org.csip.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The services' log files, read from a mark: what they logged at ERROR while one scenario ran. (The servers' own
 * logs — PostgreSQL, Kafka, Keycloak — are where the injected fault itself shows, so they are not read.)
 */
final class StackLogs {
    private static final Pattern ERROR = Pattern.compile("^\\S+ \\S+ ERROR ");
    /** A line that begins a log entry (a date, a time, a level), not one of a stack trace. */
    private static final Pattern LOG_ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\S+ [A-Z]+ ");
    private static final Pattern SERVICE_LOG = Pattern.compile("(inspection-service|action-plan-service|"
            + "workforce-service|gateway)(-\\d+)?\\.log");

    private final Path dir;

    StackLogs(Path dir) {
        this.dir = dir;
    }

    /** How long each service log is now. */
    Map<Path, Long> mark() throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path log : serviceLogs()) {
            sizes.put(log, Files.size(log));
        }
        return sizes;
    }

    /**
     * ERROR lines the services logged since {@code mark}, except those {@code injected} matches (the fault the
     * scenario caused, as the part that met it reports it), each prefixed with its file's name.
     */
    List<String> errorsSince(Map<Path, Long> mark, Pattern injected) throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path log : serviceLogs()) {
            long from = mark.getOrDefault(log, 0L);
            long to = Files.size(log);
            if (to <= from) {
                continue; // unchanged, or a restarted replica's log begun again
            }
            byte[] added = new byte[(int) (to - from)];
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                file.seek(from);
                file.readFully(added);
            }
            List<String> lines = new String(added, StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (ERROR.matcher(line).find() && !injected.matcher(line).find()) {
                    errors.add(log.getFileName() + ": " + line + rootCause(lines, i));
                }
            }
        }
        return errors;
    }

    /**
     * The last "Caused by" of the stack trace under the entry at {@code entry}, if it has one: what a failure's
     * report must show when the run that met it kept only this excerpt (a CI log).
     */
    private static String rootCause(List<String> lines, int entry) {
        String cause = "";
        for (int i = entry + 1; i < lines.size() && !LOG_ENTRY.matcher(lines.get(i)).find(); i++) {
            if (lines.get(i).startsWith("Caused by: ")) {
                cause = lines.get(i);
            }
        }
        return cause.isEmpty() ? "" : " <- " + cause;
    }

    private List<Path> serviceLogs() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> SERVICE_LOG.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }
}
