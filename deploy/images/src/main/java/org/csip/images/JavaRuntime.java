package org.csip.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java runtime every CSIP image runs on, made here because no registry is reachable to pull a base image from: a
 * {@code jlink} image of the JDK running the build (only the modules a Quarkus service uses) and the system
 * libraries it links to, taken from this machine as its dynamic loader resolves them, with the few files a Linux
 * process expects ({@code /etc/passwd} naming uid 185, a writable {@code /tmp}). Two layers, the same for all four
 * services, so a registry stores them once.
 */
public final class JavaRuntime {
    /** Where the runtime sits in the image. */
    public static final String HOME = "/opt/java";
    /** The non-root user the services run as (the manifests' {@code runAsUser}). */
    public static final int USER = 185;
    /** Every file's time in the image: fixed, so the same inputs give the same image digest. */
    public static final Instant FILE_TIME = Instant.ofEpochSecond(1);

    // java.se for the platform (java.desktop too: PDFBox draws the board report with java.awt.geom and fonts);
    // jdk.unsupported (sun.misc.Unsafe: Netty, Kafka), crypto for TLS, zipfs, DNS SRV, JMX beans for metrics, extra
    // socket options, extra charsets, English locales (en_GB dates).
    static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.crypto.ec", "jdk.zipfs",
            "jdk.naming.dns", "jdk.management", "jdk.net", "jdk.charsets", "jdk.localedata");
    // java.desktop's native parts for a display or a sound card: a server has neither, and they would pull in X11.
    static final Set<String> HEADFUL = Set.of("libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so");

    private final List<FileEntriesLayer> layers;
    private final String version;

    private JavaRuntime(List<FileEntriesLayer> layers, String version) {
        this.layers = layers;
        this.version = version;
    }

    /** Links the runtime into {@code workDir} (replacing what was there) and finds what it needs from the system. */
    public static JavaRuntime link(Path workDir) throws IOException {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            throw new IOException("container images are built on Linux: the runtime is linked from the building "
                    + "JDK's own files, and this is " + System.getProperty("os.name"));
        }
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        Path home = workDir.resolve("java");
        jlink(home);
        for (String headful : HEADFUL) {
            Files.deleteIfExists(home.resolve("lib").resolve(headful));
        }
        SharedLibraries libraries = librariesOf(home);
        Path etc = Files.createDirectories(workDir.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "csip:x:" + USER + ":" + USER + ":CSIP service:/deployments:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\ncsip:x:" + USER + ":\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        Path emptyDir = Files.createDirectories(workDir.resolve("empty"));
        return new JavaRuntime(List.of(systemLayer(libraries, etc, emptyDir),
                Layers.tree("java runtime", home, AbsoluteUnixPath.get(HOME))), versionOf(home));
    }

    /** The two layers every service image starts with: system libraries and {@code /etc}, then the runtime. */
    public List<FileEntriesLayer> layers() {
        return layers;
    }

    /** The runtime's {@code java.runtime.version}, for the images' labels. */
    public String version() {
        return version;
    }

    private static String versionOf(Path home) throws IOException {
        try (InputStream release = Files.newInputStream(home.resolve("release"))) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(release);
            return properties.getProperty("JAVA_RUNTIME_VERSION", properties.getProperty("JAVA_VERSION", "?"))
                    .replace("\"", "");
        }
    }

    /** The system libraries (with the loader), {@code /etc} and {@code /tmp}. */
    private static FileEntriesLayer systemLayer(SharedLibraries libraries, Path etc, Path emptyDir)
            throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("system libraries");
        for (String library : libraries.paths()) {
            Path file = Path.of(library).toRealPath();
            layer.addEntry(file, AbsoluteUnixPath.get(library), FilePermissions.fromOctalString("755"), FILE_TIME);
        }
        try (Stream<Path> files = Files.list(etc)) {
            for (Path file : files.sorted().toList()) {
                layer.addEntry(file, AbsoluteUnixPath.get("/etc/" + file.getFileName()),
                        FilePermissions.fromOctalString("644"), FILE_TIME);
            }
        }
        // Kubernetes mounts an emptyDir here (the root filesystem is read-only); anywhere else it is the image's.
        layer.addEntry(emptyDir, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), FILE_TIME);
        return layer.build();
    }

    private static void jlink(Path output) throws IOException {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new IOException(
                "this JDK has no jlink (" + System.getProperty("java.home") + "): build with a full JDK 17+"));
        Set<String> available = ModuleFinder.ofSystem().findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).collect(Collectors.toSet());
        String modules = MODULES.stream().filter(available::contains).collect(Collectors.joining(","));
        StringWriter out = new StringWriter();
        int exit = jlink.run(new PrintWriter(out), new PrintWriter(out), "--add-modules", modules,
                "--include-locales=en", "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", output.toString());
        if (exit != 0) {
            throw new IOException("jlink failed (" + exit + "): " + out);
        }
    }

    private static SharedLibraries librariesOf(Path home) throws IOException {
        SharedLibraries all = new SharedLibraries(Set.of(), Set.of());
        Set<String> own = new TreeSet<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).filter(JavaRuntime::isElf).sorted().toList()) {
                own.add(file.getFileName().toString());
                all = all.and(SharedLibraries.of(file));
            }
        }
        Set<String> missing = new TreeSet<>(all.missing());
        missing.removeAll(own); // libjvm.so and friends: found through the runtime's own RPATH when it runs
        if (!missing.isEmpty()) {
            throw new IOException("the Java runtime links to libraries this machine does not have: " + missing);
        }
        Set<String> system = new TreeSet<>();
        for (String path : all.paths()) {
            if (!Path.of(path).normalize().startsWith(home)) { // the runtime's own, found through its RPATH
                system.add(path);
            }
        }
        return new SharedLibraries(system, Set.of());
    }

    private static boolean isElf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f
                    && new String(magic, 1, 3, StandardCharsets.US_ASCII).equals("ELF");
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
