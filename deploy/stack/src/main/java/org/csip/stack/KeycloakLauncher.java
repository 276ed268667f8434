package org.csip.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution zip, in dev mode with the {@code csip} realm imported
 * from the repository's realm file, and the hostname pinned so the token issuer never changes.
 */
public final class KeycloakLauncher implements StackPart {
    public static final String REALM = "csip";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final String REALM_RESOURCE = "/keycloak/csip-realm.json";

    private final Path distributionZip;
    private final Path installDir;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final Map<String, String> realmVariables;
    private final KeycloakBuildCache buildCache;
    private final List<String> jvmOptions;
    private ManagedProcess process;
    /** Whether this launcher has offered its install's build to {@link #buildCache} (once, when first ready). */
    private volatile boolean buildKept;

    /** Set by {@link #stopKeepingData()}: the next start keeps the realm and keys. */
    private volatile boolean keepData;

    /**
     * @param realmVariables values for the {@code ${VAR:default}} placeholders of the realm file
     *                       (e.g. the gateway URL allowed as a redirect)
     * @param jvmOptions     added to Keycloak's JVM command line ({@code JAVA_OPTS_APPEND}; {@link StackConfig#jvmOptions()})
     */
    public KeycloakLauncher(Path distributionZip, Path installDir, int port, int managementPort, Path logFile,
                            Map<String, String> realmVariables, List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.distributionZip = distributionZip;
        this.installDir = installDir;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.realmVariables = Map.copyOf(realmVariables);
        this.buildCache = KeycloakBuildCache.beside(distributionZip);
    }

    @Override
    public String name() {
        return "keycloak";
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The issuer every token of the realm carries. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /**
     * Stops Keycloak and keeps its database, so {@link #start()} brings the same realm back with the same signing
     * keys: tokens issued before the stop are still valid after it, as with a real Keycloak's restart.
     */
    public void stopKeepingData() {
        close();
        keepData = true;
    }

    @Override
    public void start() throws IOException {
        Path home = installedHome();
        boolean restart = keepData;
        keepData = false;
        if (!restart) {
            // A fresh realm each start: the realm file in the repository is the single source of truth.
            Folders.deleteRecursively(home.resolve("data"));
        }
        Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
        try (InputStream realm = KeycloakLauncher.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IOException("Realm file " + REALM_RESOURCE + " is missing from the launcher");
            }
            String realmJson = new String(realm.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            RealmCouncils.check(realmJson);
            Files.writeString(importDir.resolve("csip-realm.json"), realmJson);
        }
        Map<String, String> env = new java.util.HashMap<>(realmVariables);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        if (!jvmOptions.isEmpty()) {
            env.put("JAVA_OPTS_APPEND", String.join(" ", jvmOptions));
        }
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = ManagedProcess.start(List.of("bash", home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev", "--import-realm",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + url(),
                "--cache=local"), home, env, logFile);
    }

    /**
     * Unzips the distribution once and reuses it; a fresh install takes the build kept from an earlier one
     * ({@link KeycloakBuildCache}), else its first start builds Keycloak, which is slow.
     */
    private Path installedHome() throws IOException {
        if (!Files.isRegularFile(distributionZip)) {
            throw new IOException("Keycloak distribution not found at " + distributionZip
                    + " (it is copied there from Maven Central by building deploy/stack)");
        }
        Path marker = installDir.resolve(".unzipped");
        if (!Files.exists(marker)) {
            Folders.deleteRecursively(installDir);
            unzip(distributionZip, installDir);
            buildCache.applyTo(installDir);
            Files.writeString(marker, distributionZip.getFileName().toString());
        }
        return installDir;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1); // drop "keycloak-x.y.z/"
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(relative).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Unsafe path in Keycloak zip: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public boolean isReady() {
        boolean ready = isAlive() && Http.answersOk(issuer() + "/.well-known/openid-configuration");
        if (ready && !buildKept) {
            buildKept = true;
            try {
                buildCache.keepFrom(installDir);
            } catch (IOException e) {
                System.err.println("Keycloak's build was not kept for the next install (" + e + "); it will build again");
            }
        }
        return ready;
    }

    @Override
    public OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
