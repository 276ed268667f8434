package org.csip.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Image layers from folders: every file root-owned and world-readable (executable where it is here), at a fixed time,
 * so the service cannot change its own code and the same files always make the same layer.
 */
final class Layers {
    private static final FilePermissions READ = FilePermissions.fromOctalString("644");
    private static final FilePermissions EXECUTE = FilePermissions.fromOctalString("755");

    private Layers() {
    }

    /** All files under {@code source}, at the same relative paths under {@code target}. */
    static FileEntriesLayer tree(String name, Path source, AbsoluteUnixPath target) throws IOException {
        return files(name, source, target, filesUnder(source));
    }

    /** These files (each under {@code root}), at the same relative paths under {@code target}. */
    static FileEntriesLayer files(String name, Path root, AbsoluteUnixPath target, List<Path> files) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        for (Path file : files) {
            AbsoluteUnixPath destination = target;
            for (Path part : root.relativize(file)) {
                destination = destination.resolve(part.toString());
            }
            layer.addEntry(file, destination, Files.isExecutable(file) ? EXECUTE : READ, JavaRuntime.FILE_TIME);
        }
        return layer.build();
    }

    /** Regular files under {@code dir} (following links, as jlink's legal notices are), in a stable order. */
    static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
