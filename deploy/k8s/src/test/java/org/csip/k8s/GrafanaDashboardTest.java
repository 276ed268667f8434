package org.csip.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example Grafana dashboard stays true to the services: every CSIP figure it charts is one a service registers
 * (so renaming a metric without the dashboard fails here), and the prod overlay ships it for Grafana's sidecar.
 */
class GrafanaDashboardTest {
    private static final Path DASHBOARD = Manifests.K8S.resolve("base/observability/grafana-dashboard.json");
    private static final Pattern METER = Pattern.compile(
            "(Gauge|Counter)\\.builder\\(\"(csip\\.[a-z.]+)\"(.*?)\\.register\\(", Pattern.DOTALL);

    @Test
    void everyCsipFigureTheDashboardChartsIsOneAServiceRegisters() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        Set<String> charted = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                Matcher names = Pattern.compile("\\bcsip_[a-z_]+").matcher(target.path("expr").asText());
                while (names.find()) {
                    charted.add(names.group());
                }
            }
        }
        Set<String> registered = registeredMetrics();
        System.out.printf("Dashboard charts %s; services register %s%n", charted, registered);
        assertThat(charted).hasSizeGreaterThanOrEqualTo(5);
        assertThat(registered).containsAll(charted);
    }

    @Test
    void theProdOverlayShipsTheDashboardForGrafanasSidecar() throws Exception {
        Manifests.assumeKubectl();
        List<JsonNode> prod = Manifests.render(Manifests.K8S.resolve("overlays/prod"));
        JsonNode map = prod.stream().filter(d -> d.path("kind").asText().equals("ConfigMap")
                && d.at("/metadata/name").asText().equals("csip-grafana-dashboard")).findFirst().orElseThrow();
        assertThat(map.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(new ObjectMapper().readTree(map.at("/data/grafana-dashboard.json").asText()).path("uid").asText())
                .isEqualTo("csip-services");
    }

    /** The Prometheus names of the meters CSIP's services register (counters end _total, seconds gauges _seconds). */
    static Set<String> registeredMetrics() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Manifests.REPO)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains(
                    "/src/main/java/") && !p.toString().contains("/target/")).toList()) {
                Matcher meter = METER.matcher(Files.readString(source));
                while (meter.find()) {
                    String name = meter.group(2).replace('.', '_');
                    if (meter.group(1).equals("Counter")) {
                        name += "_total";
                    } else if (meter.group(3).contains(".baseUnit(\"seconds\")")) {
                        name += "_seconds";
                    }
                    names.add(name);
                }
            }
        }
        return names;
    }
}
