package org.csip.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A service's image tarball taken apart as a container runtime would: its manifest and config, the files of each
 * layer, unpacked in order into a root filesystem, and its entrypoint run in that root as the image's user. No
 * container runtime is needed (none runs here): {@code unshare} gives the process a user namespace in which it is
 * the image's uid and the unpacked root is {@code /}, sharing the host's network so it can reach the test stack.
 */
final class ContainerImage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file or folder in a layer, as the tar header records it. */
    record LayerEntry(String layer, String path, long uid, long gid, int mode, boolean directory) {
    }

    private final Path blobs;
    private final JsonNode manifest;
    private final JsonNode config;

    private ContainerImage(Path blobs, JsonNode manifest, JsonNode config) {
        this.blobs = blobs;
        this.manifest = manifest;
        this.config = config;
    }

    /** Reads {@code tarball} (docker-archive format), keeping its blobs in {@code workDir}. */
    static ContainerImage open(Path tarball, Path workDir) throws IOException {
        org.csip.stack.Folders.deleteRecursively(workDir);
        Path blobs = Files.createDirectories(workDir.resolve("blobs"));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(tarball)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isFile()) {
                    Files.copy(tar, blobs.resolve(Path.of(entry.getName()).getFileName()));
                }
            }
        }
        JsonNode manifest = JSON.readTree(blobs.resolve("manifest.json").toFile()).get(0);
        JsonNode config = JSON.readTree(blobs.resolve(manifest.get("Config").asText()).toFile());
        return new ContainerImage(blobs, manifest, config);
    }

    List<String> repoTags() {
        return texts(manifest.get("RepoTags"));
    }

    /** The image's config ({@code architecture}, {@code os}, {@code config.User}, …). */
    JsonNode config() {
        return config;
    }

    /** The runtime part of the config: user, entrypoint, environment, ports, working directory, labels. */
    JsonNode runConfig() {
        return config.get("config");
    }

    List<String> entrypoint() {
        return texts(runConfig().get("Entrypoint"));
    }

    /** The uncompressed digests of the layers, bottom first: equal digests are the same files. */
    List<String> layerDigests() {
        return texts(config.path("rootfs").get("diff_ids"));
    }

    /** Every entry of every layer, bottom layer first. */
    List<LayerEntry> entries() throws IOException {
        List<LayerEntry> entries = new ArrayList<>();
        for (String layer : texts(manifest.get("Layers"))) {
            try (TarArchiveInputStream tar = layer(layer)) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    entries.add(new LayerEntry(layer, "/" + entry.getName().replaceFirst("^\\./", ""),
                            entry.getLongUserId(), entry.getLongGroupId(), entry.getMode() & 07777,
                            entry.isDirectory()));
                }
            }
        }
        return entries;
    }

    /**
     * Unpacks the layers in order into {@code rootfs} (emptied first), with their permission bits, and makes the
     * mount points a container runtime adds: {@code /proc}, the devices and {@code /etc/hosts} {@link #run} mounts.
     */
    Path unpack(Path rootfs) throws IOException {
        org.csip.stack.Folders.deleteRecursively(rootfs);
        Files.createDirectories(rootfs);
        for (String layer : texts(manifest.get("Layers"))) {
            try (TarArchiveInputStream tar = layer(layer)) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    Path target = rootfs.resolve(entry.getName()).normalize();
                    if (!target.startsWith(rootfs)) {
                        throw new IOException("layer entry outside the root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        Files.createDirectories(rootfs.resolve("proc"));
        Path dev = Files.createDirectories(rootfs.resolve("dev"));
        for (String device : List.of("null", "zero", "random", "urandom")) {
            Files.createFile(dev.resolve(device));
        }
        Files.createFile(rootfs.resolve("etc/hosts"));
        return rootfs;
    }

    /**
     * Starts the image's entrypoint in {@code rootfs} as the image's user, in its working directory, with its
     * environment plus {@code environment} (as a pod's {@code env:} would add), output to {@code log}. As a container
     * runtime does, it gets its own process namespace with {@code /proc}, the four usual devices and the host's
     * {@code /etc/hosts}; the outer
     * {@code unshare} (root of its own user namespace) mounts them, the inner one becomes uid 185 in the image's root.
     * Stopping the returned process sends the service SIGTERM.
     */
    Process run(Path rootfs, Map<String, String> environment, Path log) throws IOException {
        String user = runConfig().get("User").asText();
        String mounts = """
                set -e
                mount -t proc proc "$0/proc"
                for device in null zero random urandom; do mount --bind "/dev/$device" "$0/dev/$device"; done
                mount --bind /etc/hosts "$0/etc/hosts"
                exec unshare --map-user=%s --map-group=%s --root="$0" --wd=%s "$@"
                """.formatted(user, user, runConfig().get("WorkingDir").asText());
        List<String> command = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "--pid",
                "--fork", "--kill-child=SIGTERM", "sh", "-c", mounts, rootfs.toString()));
        command.addAll(entrypoint());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        for (String variable : texts(runConfig().get("Env"))) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        builder.environment().putAll(environment);
        return builder.start();
    }

    private TarArchiveInputStream layer(String name) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(blobs.resolve(Path.of(name).getFileName())));
        return new TarArchiveInputStream(name.endsWith(".gz") ? new GzipCompressorInputStream(in) : in);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }
}
