package org.csip.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.csip.images.ImageNames;
import org.csip.images.ServiceImage;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four container images the build makes (deploy/images), checked as Kubernetes will use them: named as the
 * manifests pull them, running as uid 185 on port 8080 from files the service cannot change, and — unpacked and
 * started from their own entrypoint, Java runtime and system libraries — joining the test stack's PostgreSQL, Kafka
 * and Keycloak and answering as the same service run from its jar does.
 */
@ExtendWith(StackExtension.class)
class ContainerImagesIT {
    private static final List<String> SERVICES = List.of("gateway", "inspection-service", "action-plan-service",
            "workforce-service");
    private static final Path REPO = StackConfig.findRepoRoot();
    private static final Path WORK = Path.of("target/container-images").toAbsolutePath();
    private static final Map<String, ContainerImage> OPENED = new java.util.HashMap<>();
    private static Map<String, String> names;

    private final LocalStack stack = StackExtension.stack();

    @BeforeAll
    static void readNames() throws IOException {
        names = ImageNames.read(REPO);
    }

    @Test
    void eachServiceIsAnImageNamedAsTheManifestsPullItRunningAsUid185OnPort8080() throws IOException {
        assertThat(names).containsOnlyKeys(SERVICES);
        for (String service : SERVICES) {
            ContainerImage image = open(service);
            String reference = names.get(service);
            assertThat(image.repoTags()).as(service).containsExactly(reference);
            assertThat(image.config().get("os").asText()).isEqualTo("linux");
            assertThat(image.config().get("architecture").asText()).isEqualTo(ServiceImage.architecture());
            var run = image.runConfig();
            assertThat(run.get("User").asText()).as(service).isEqualTo("185");
            assertThat(run.get("ExposedPorts").fieldNames()).toIterable().containsExactly("8080/tcp");
            assertThat(run.get("WorkingDir").asText()).isEqualTo("/deployments");
            List<String> entrypoint = new ArrayList<>(List.of("/opt/java/bin/java"));
            entrypoint.addAll(ServiceImage.JVM_FLAGS);
            entrypoint.addAll(List.of("-jar", "quarkus-run.jar"));
            assertThat(image.entrypoint()).isEqualTo(entrypoint);
            assertThat(run.get("Env")).extracting(Object::toString).asString()
                    .contains("QUARKUS_HTTP_PORT=8080", "JAVA_HOME=/opt/java");
            assertThat(run.get("Labels").get("org.opencontainers.image.title").asText()).isEqualTo("csip-" + service);
            assertThat(run.get("Labels").get("org.opencontainers.image.version").asText())
                    .isEqualTo(reference.substring(reference.lastIndexOf(':') + 1));
        }
    }

    @Test
    void theFourImagesShareTheirSystemAndJavaRuntimeLayers() throws IOException {
        List<List<String>> runtimes = new ArrayList<>();
        Set<String> applications = new TreeSet<>();
        for (String service : SERVICES) {
            List<String> layers = open(service).layerDigests();
            assertThat(layers).as(service).hasSize(5);
            runtimes.add(layers.subList(0, 2));
            applications.add(layers.get(4));
        }
        assertThat(runtimes).as("system libraries and Java runtime layers").containsOnly(runtimes.get(0));
        assertThat(applications).as("each service's own application layer").hasSize(4);
    }

    @Test
    void nothingInAnImageBelongsToOrCanBeChangedByTheServiceUser() throws IOException {
        for (String service : SERVICES) {
            List<ContainerImage.LayerEntry> entries = open(service).entries();
            assertThat(entries).extracting(ContainerImage.LayerEntry::path)
                    .contains("/opt/java/bin/java", "/lib64/ld-linux-x86-64.so.2", "/etc/passwd",
                            "/deployments/quarkus-run.jar", "/deployments/app/" + service + "-0.1.0-SNAPSHOT.jar");
            for (ContainerImage.LayerEntry entry : entries) {
                assertThat(entry.uid()).as(service + " " + entry.path() + " owner").isZero();
                assertThat(entry.gid()).as(service + " " + entry.path() + " group").isZero();
                assertThat(entry.mode() & 06000).as(service + " " + entry.path() + " setuid/setgid").isZero();
                if (!entry.path().equals("/tmp") && !entry.path().equals("/tmp/")) {
                    assertThat(entry.mode() & 0022).as(service + " " + entry.path() + " writable by others")
                            .isZero();
                }
            }
            assertThat(entries).filteredOn(e -> e.path().equals("/opt/java/bin/java"))
                    .extracting(ContainerImage.LayerEntry::mode).containsExactly(0755);
        }
    }

    /**
     * Each image started from its own entrypoint, as uid 185, with the settings a pod's ConfigMap would give it
     * ({@code config/application.properties} in the working directory) and its port from the environment.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gateway", "inspection-service", "action-plan-service", "workforce-service"})
    void eachImageStartsAsUid185JoinsTheStackAndAnswersAsTheServiceFromItsJarDoes(String service) throws Exception {
        ContainerImage image = open(service);
        Path rootfs = image.unpack(WORK.resolve(service).resolve("rootfs"));
        Path config = Files.createDirectories(rootfs.resolve("deployments/config"));
        Properties settings = new Properties();
        settings.putAll(stack.serviceProperties(service));
        try (Writer out = Files.newBufferedWriter(config.resolve("application.properties"))) {
            settings.store(out, "as a ConfigMap mounted at /deployments/config would give them");
        }
        Set<String> before = files(rootfs);
        int port = freePort();
        Path log = WORK.resolve(service).resolve("run.log");
        Process process = image.run(rootfs, Map.of("QUARKUS_HTTP_PORT", Integer.toString(port),
                "JAVA_TOOL_OPTIONS", "-Xmx256m -XX:+UseSerialGC"), log);
        String url = "http://localhost:" + port;
        long started = System.nanoTime();
        ProcessHandle jvm = null;
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .failFast(service + " from its image stopped (log: " + log + ")", () -> !process.isAlive())
                    .ignoreExceptions().until(() -> given().when().get(url + "/q/health/ready").statusCode() == 200);
            System.out.printf("%s from its image: ready in %.1f s%n", service, (System.nanoTime() - started) / 1e9);
            jvm = process.descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("/bin/java")).findFirst().orElseThrow();
            assertThat(Files.readString(Path.of("/proc/" + jvm.pid() + "/uid_map")).trim())
                    .as("the service's uid in its namespace").startsWith("185 ");
            assertAnswersAlike(service, url, "http://localhost:" + stack.config().port(service));
            System.out.printf("%s from its image: answered as from its jar after %.1f s%n", service,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            // SIGTERM to the service, as Kubernetes stops a pod (unshare itself ignores it while it waits)
            if (jvm != null) {
                jvm.destroy();
            }
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        Set<String> written = files(rootfs);
        written.removeAll(before);
        assertThat(written).as("files %s wrote outside /tmp (Kubernetes gives it a read-only root)", service)
                .allMatch(path -> path.startsWith("/tmp/"));
        assertThat(Files.readString(log)).as(service + " log").contains("started in", "stopped in")
                .doesNotContain("ERROR");
    }

    private void assertAnswersAlike(String service, String fromImage, String fromJar) throws IOException {
        String director = Keycloak.userToken(stack, "director");
        String path = switch (service) {
            case "inspection-service" -> "/api/inspections?laCode=342";
            case "workforce-service" -> "/api/teams";
            default -> "/api/plans?laCode=342";
        };
        Response image = given().auth().oauth2(director).when().get(fromImage + path);
        Response jar = given().auth().oauth2(director).when().get(fromJar + path);
        assertThat(image.statusCode()).as(service + " " + path).isEqualTo(200);
        assertThat(image.asString()).as(service + " " + path).isEqualTo(jar.asString()).hasSizeGreaterThan(20);
        if (service.equals("action-plan-service")) {
            // The board's progress report: PDF drawn by PDFBox (java.desktop's headless parts in the image).
            String plan = image.jsonPath().getString("[0].id");
            byte[] pdf = given().auth().oauth2(director).queryParam("format", "pdf")
                    .when().get(fromImage + "/api/plans/" + plan + "/reports/progress")
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("St. Helens", "Improvement board decisions");
            }
        }
    }

    /** Each tarball taken apart once for all the tests here. */
    private static synchronized ContainerImage open(String service) throws IOException {
        ContainerImage image = OPENED.get(service);
        if (image == null) {
            Path tarball = REPO.resolve("deploy/images/target/images").resolve(service + ".tar");
            assertThat(tarball).as("built by ./mvnw package (deploy/images)").isRegularFile();
            image = ContainerImage.open(tarball, WORK.resolve(service).resolve("image"));
            OPENED.put(service, image);
        }
        return image;
    }

    private static Set<String> files(Path rootfs) throws IOException {
        try (Stream<Path> paths = Files.walk(rootfs)) {
            Set<String> files = new TreeSet<>();
            paths.forEach(p -> files.add("/" + rootfs.relativize(p)));
            return files;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
