package org.csip.images;

import com.google.cloud.tools.jib.api.JibContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The build step ({@code ./mvnw package}, this module) that turns the four built services into image tarballs under
 * {@code deploy/images/target/images/}, named from the kustomization, and prints what it made. No Docker daemon and
 * no registry: load one with {@code docker load -i} or push it with {@code skopeo copy docker-archive:…}.
 */
public final class BuildImages {
    private BuildImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildImages <repository root> <build directory>");
        }
        Path repoRoot = Path.of(args[0]).toAbsolutePath();
        Path buildDir = Path.of(args[1]).toAbsolutePath();
        long started = System.nanoTime();
        Map<String, String> references = ImageNames.read(repoRoot);
        JavaRuntime runtime = JavaRuntime.link(buildDir.resolve("java-runtime"));
        Path images = Files.createDirectories(buildDir.resolve("images"));
        Path cache = buildDir.resolve("jib-cache");
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> entry : references.entrySet()) {
            String service = entry.getKey();
            ServiceImage image = new ServiceImage(service, repoRoot.resolve(service).resolve("target/quarkus-app"),
                    entry.getValue());
            Path tarball = images.resolve(service + ".tar");
            JibContainer built = image.buildTo(tarball, runtime, cache);
            System.out.printf("[csip-images] %-20s %s  %s  %d MB%n", service, entry.getValue(), built.getDigest(),
                    Files.size(tarball) / (1024 * 1024));
            index.append(service).append('\t').append(entry.getValue()).append('\t').append(built.getDigest())
                    .append('\t').append(tarball.getFileName()).append('\n');
        }
        Files.writeString(images.resolve("images.tsv"), index);
        System.out.printf("[csip-images] %d images in %s (%.0f s)%n", references.size(), images,
                (System.nanoTime() - started) / 1e9);
    }
}
