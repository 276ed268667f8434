package org.csip.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's image: the shared Java runtime layers, then its Quarkus fast-jar in three layers by how often they
 * change (third-party libraries, CSIP's shared modules, the application itself), so a code change ships megabytes,
 * not the whole service. Runs as uid 185 on port 8080, as the manifests expect.
 *
 * @param service   the service's name (its folder and its {@code csip/<service>} image in the manifests)
 * @param quarkusApp its built {@code target/quarkus-app}
 * @param reference the full image reference the tarball is tagged with
 */
public record ServiceImage(String service, Path quarkusApp, String reference) {
    /** Where the application sits in the image (and the working directory). */
    public static final String DEPLOYMENTS = "/deployments";
    /** The port the service listens on in the image (the manifests' containerPort). */
    public static final int PORT = 8080;
    /**
     * The JVM's flags: a heap sized from the container's memory limit, headless graphics, Quarkus's log manager, and
     * an exit (so Kubernetes restarts the pod) rather than a half-alive JVM after running out of memory. Add more at
     * run time with {@code JAVA_TOOL_OPTIONS}.
     */
    public static final List<String> JVM_FLAGS = List.of("-XX:MaxRAMPercentage=70.0", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    private static final String OWN_MODULES = "org.csip.";

    /** Builds the image into {@code tarball} (docker-archive format: {@code docker load}, {@code skopeo copy}). */
    public JibContainer buildTo(Path tarball, JavaRuntime runtime, Path layerCache) throws IOException {
        Path runner = quarkusApp.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new IOException(service + " is not built: " + runner + " is missing");
        }
        List<String> entrypoint = new ArrayList<>();
        entrypoint.add(JavaRuntime.HOME + "/bin/java");
        entrypoint.addAll(JVM_FLAGS);
        entrypoint.addAll(List.of("-jar", "quarkus-run.jar"));
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", JavaRuntime.HOME);
        environment.put("PATH", JavaRuntime.HOME + "/bin:/usr/bin:/bin");
        environment.put("LANG", "C.UTF-8");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(PORT));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "csip-" + service);
        labels.put("org.opencontainers.image.description", "CSIP, the Children's Services Improvement Platform: "
                + service);
        labels.put("org.opencontainers.image.version", tag());
        labels.put("org.csip.java.runtime", runtime.version());
        List<FileEntriesLayer> layers = new ArrayList<>(runtime.layers());
        layers.addAll(applicationLayers());
        try {
            return Jib.fromScratch()
                    .setFileEntriesLayers(layers)
                    .setEntrypoint(entrypoint)
                    .setWorkingDirectory(AbsoluteUnixPath.get(DEPLOYMENTS))
                    .setUser(Integer.toString(JavaRuntime.USER))
                    .addExposedPort(Port.tcp(PORT))
                    .setEnvironment(environment)
                    .setLabels(labels)
                    .addPlatform(architecture(), "linux")
                    .containerize(Containerizer.to(TarImage.at(tarball).named(ImageReference.parse(reference)))
                            .setApplicationLayersCache(layerCache)
                            .setBaseImageLayersCache(layerCache)
                            .setOfflineMode(true)
                            .setToolName("csip-images"));
        } catch (InvalidImageReferenceException e) {
            throw new IOException("not an image reference: " + reference, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building " + reference, e);
        } catch (Exception e) {
            throw new IOException("Jib could not build " + reference + ": " + e.getMessage(), e);
        }
    }

    private List<FileEntriesLayer> applicationLayers() throws IOException {
        AbsoluteUnixPath deployments = AbsoluteUnixPath.get(DEPLOYMENTS);
        List<Path> thirdParty = new ArrayList<>();
        List<Path> own = new ArrayList<>();
        for (Path jar : Layers.filesUnder(quarkusApp.resolve("lib"))) {
            (jar.getFileName().toString().startsWith(OWN_MODULES) ? own : thirdParty).add(jar);
        }
        List<Path> application = new ArrayList<>(Layers.filesUnder(quarkusApp.resolve("app")));
        application.addAll(Layers.filesUnder(quarkusApp.resolve("quarkus")));
        application.add(quarkusApp.resolve("quarkus-run.jar"));
        return List.of(Layers.files("dependencies", quarkusApp, deployments, thirdParty),
                Layers.files("csip modules", quarkusApp, deployments, own),
                Layers.files("application", quarkusApp, deployments, application));
    }

    private String tag() {
        return reference.substring(reference.lastIndexOf(':') + 1);
    }

    /** The OCI name of this machine's architecture (the runtime inside is this machine's). */
    public static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }
}
