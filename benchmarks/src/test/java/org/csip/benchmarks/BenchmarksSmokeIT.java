package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.csip.stack.LocalStack;
import org.csip.stack.StackConfig;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, part of the default test command so the benchmark cannot rot: Keycloak started alone,
 * the whole stack started through the launcher, the demo loaded, every scenario run for seconds (the gateway's, a
 * change reaching a partner's feed, the relay's, partner pages on the national data set, report import, start-up and
 * memory, with the bare service and one CSIP service started alone) — each run answered every request, each Gatling
 * report and chart was drawn, and the ratios were worked out. What it measures is not judged here: a figure from
 * seconds on a shared machine means nothing (docs/performance.md).
 */
class BenchmarksSmokeIT {

    @Test
    void everyScenarioRunsAgainstTheWholeStackAndEveryRequestIsAnswered() throws Exception {
        Path root = StackConfig.findRepoRoot();
        Path out = Path.of("target", "benchmarks-smoke").toAbsolutePath();
        // Its JVMs start as the other test stacks' do (the JIT's first tier only): the run proves the benchmark works,
        // not how fast; the measuring run, ./csip-benchmark, keeps the full JIT.
        StackConfig config = Benchmarks.config(root, out).withJvmOptions(StackConfig.TEST_JVM_OPTIONS);
        Benchmarks.Result result = Benchmarks.runAll(config, true, out.resolve("reports"),
                Benchmarks.SCENARIOS);

        GatewayOverhead.Result overhead = result.gatewayOverhead();
        GatewayOverhead.Closed closed = overhead.closed();
        assertThat(closed.rounds()).as("direct, gateway, gateway, direct: two pairs").hasSize(2);
        for (GatewayOverhead.Pair pair : closed.rounds()) {
            for (RunStats run : List.of(pair.direct(), pair.gateway())) {
                assertThat(run.requests()).as(run.label()).isPositive();
                assertThat(run.failed()).as(run.label() + ": every request answered 200").isZero();
                assertThat(run.report().resolve("index.html")).as(run.label() + "'s report").exists();
            }
        }
        assertThat(closed.rounds().stream().map(pair -> pair.gateway().report()).distinct())
                .as("each closed run has a report of its own").hasSize(2);
        assertThat(closed.throughputRatio()).as(closed.load()).isFinite().isPositive();
        for (GatewayOverhead.LatencyPair pair : overhead.open()) {
            for (OpenLoop.Latencies run : List.of(pair.direct(), pair.gateway())) {
                assertThat(run.requests()).as(run.label()).isEqualTo(
                        GatewayOverhead.Plan.SMOKE.rates().get(0) * GatewayOverhead.Plan.SMOKE.openSeconds());
                assertThat(run.failed()).as(run.label() + ": every request answered 200").isZero();
            }
            assertThat(pair.medianRatio()).as(pair.load()).isFinite().isPositive();
        }
        ChangeToPartner.Result change = result.change();
        assertThat(change.steps()).hasSize(1);
        ChangeToPartner.Step step = change.steps().get(0);
        int changes = ChangeToPartner.Plan.SMOKE.rates().get(0) * ChangeToPartner.Plan.SMOKE.seconds();
        assertThat(step.writes().requests()).isEqualTo(changes);
        assertThat(step.writes().failed()).as("every write answered 201").isZero();
        assertThat(step.lost()).as("every change reached the police feed").isZero();
        assertThat(step.toFeed().sortedMillis()).hasSize(changes);
        assertThat(step.floor().sortedMillis()).as("every floor change consumed").hasSize(changes);
        assertThat(step.p99Ratio()).as("change ÷ floor").isFinite().isPositive();
        assertThat(result.sections().get(Benchmarks.CHANGE_TO_PARTNER))
                .contains("| 10 writes/s, 2 s | **2xx → on the police feed** | 20 | 0 | 0 |");
        StartAndMemory.Result start = result.start();
        assertThat(start.keycloakAlone()).hasSize(1).allSatisfy(k -> assertThat(k.cpuSeconds()).isPositive());
        assertThat(start.stack().readyAt()).containsKeys("stack", "keycloak", "postgres", "kafka", "gateway");
        assertThat(start.services()).extracting(StartAndMemory.Alone::name)
                .containsExactly(LocalStack.MODULES.get(0));
        assertThat(start.bareStarts()).as("the bare service before the services and after them").hasSize(2);
        for (StartAndMemory.Alone alone : List.of(start.bareStarts().get(0), start.bareStarts().get(1),
                start.services().get(0))) {
            assertThat(alone.readySeconds()).as(alone.name()).isPositive();
            assertThat(alone.cpuSeconds()).as(alone.name()).isPositive();
            assertThat(alone.idleRssKiB()).as(alone.name()).isGreaterThan(10_000);
        }
        assertThat(start.rssAfterLoadKiB()).containsOnlyKeys(LocalStack.MODULES);
        assertThat(start.stack().cpuSeconds()).containsKeys("keycloak", "kafka", "gateway")
                .allSatisfy((part, cpu) -> assertThat(cpu).as(part).isPositive());
        assertThat(result.sections().get(Benchmarks.START_AND_MEMORY))
                .contains("| whole stack ready ÷ Keycloak alone |", "| bare Quarkus service, before the services |",
                        "| bare Quarkus service, after them |");
        assertThat(result.took()).as("how long each phase took").containsKeys("the stack started",
                "1. gateway-overhead", "4. partner-pages (the national data set loaded included)", RunClock.WHOLE_RUN)
                .allSatisfy((phase, took) -> assertThat(took).as(phase).isPositive());
        assertThat(RunClock.markdown(result.took())).contains("| **the whole run** (budget 20, within it) |");
        RelayThroughput.Result relay = result.relay();
        assertThat(relay.events()).isEqualTo(RelayThroughput.Plan.SMOKE.events());
        assertThat(relay.backlogs()).extracting(RelayThroughput.Backlog::aggregates)
                .containsExactlyElementsOf(RelayThroughput.Plan.SMOKE.aggregates());
        assertThat(relay.backlogs()).allSatisfy(backlog -> {
            assertThat(backlog.ratio()).as("relay ÷ raw producer").isFinite().isPositive();
            assertThat(backlog.ratioInOrder()).as("relay ÷ raw producer in aggregate order").isFinite().isPositive();
        });
        assertThat(result.sections().get(Benchmarks.GATEWAY_OVERHEAD))
                .contains("| throughput, 2 clients, 2 s × 2 |", "| throughput, 2 clients, 2 s, 1st |",
                        "| throughput, 2 clients, 2 s, 2nd |", "through the gateway", "service straight");
        assertThat(result.sections().get(Benchmarks.RELAY_THROUGHPUT)).contains("| outbox relay", "| raw Kafka",
                "| raw Kafka producer in aggregate order", "| over 60 aggregates |");
        PartnerPages.Result pages = result.pages();
        assertThat(pages.registerCouncils()).as("the register's current councils").isEqualTo(153);
        assertThat(pages.forceCouncils()).containsExactly("340", "341", "342", "343", "344");
        assertThat(pages.nationalLoad().councils()).isEqualTo(PartnerPages.Plan.SMOKE.otherCouncils());
        // Each council loaded brings 200 actions with 20 progress reports each (the demo's and other scenarios' rows
        // come on top).
        assertThat(pages.nationalLoad().rows().get("progress reports") - pages.forceLoad().rows().get("progress reports"))
                .isEqualTo(PartnerPages.Plan.SMOKE.otherCouncils() * 200L * 20);
        // ... and each action its audit history: its creation and each progress report a revision.
        assertThat(pages.nationalLoad().rows().get("audited changes") - pages.forceLoad().rows().get("audited changes"))
                .isEqualTo(PartnerPages.Plan.SMOKE.otherCouncils() * 200L * 21);
        assertThat(pages.pages()).extracting(page -> page.page().name())
                .containsExactly("partner summary", "dashboard landing page", "action list");
        for (PartnerPages.Measured page : pages.pages()) {
            for (OpenLoop.Latencies run : List.of(page.force(), page.national())) {
                assertThat(run.requests()).as(run.label()).isEqualTo(
                        PartnerPages.Plan.SMOKE.rate() * PartnerPages.Plan.SMOKE.seconds());
                assertThat(run.failed()).as(run.label() + ": every read answered 200").isZero();
            }
            assertThat(page.p95Ratio()).as(page.page().name()).isFinite().isPositive();
        }
        assertThat(pages.plans()).containsOnlyKeys("partner summary", "dashboard landing page", "action list")
                .allSatisfy((page, plans) -> assertThat(plans).as(page + ": its statements' plans logged")
                        .isNotEmpty().allSatisfy(plan -> assertThat(plan.lines()).isNotEmpty()));
        assertThat(pages.plans().get("action list")).as("the action list reads the actions")
                .anySatisfy(plan -> assertThat(plan.query()).contains("from action "));
        assertThat(pages.boundary()).hasSize(9).allSatisfy(tried -> assertThat(tried.held())
                .as(tried.ask() + " answered " + tried.status() + " with " + tried.othersItems()
                        + " item(s) of another council").isTrue());
        assertThat(pages.boundary().get(0).items()).as("the force's police-led actions listed").isPositive();
        assertThat(result.sections().get(Benchmarks.PARTNER_PAGES)).contains("| dashboard landing page | national |",
                "<details><summary>Plans of the action list</summary>");
        assertThat(result.imports().cold().millis()).hasSize(3);
        assertThat(result.imports().warm().millis()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
        // The first three of the set: two reports read into drafts, and a web page saved as one, refused (422).
        assertThat(result.imports().cold().refused()).isEqualTo(1);
        assertThat(result.imports().warm().refused()).isEqualTo(1);
        assertThat(result.sections().get(Benchmarks.REPORT_IMPORT))
                .contains("| cold | 3 | 2 | 1 |", "| warm | 3 | 2 | 1 |");
        assertThat(result.charts()).containsOnlyKeys("gateway-overhead-throughput", "gateway-overhead-latency",
                "change-to-partner", "relay-throughput", "partner-pages", "report-import", "start-and-memory-ready",
                "start-and-memory-rss").allSatisfy((name, svg) -> assertThat(svg).startsWith("<svg ")
                .endsWith("</svg>\n").contains("<rect "));
        result.sections().values().forEach(System.out::println);
        assertThat(Files.exists(out.resolve("reports"))).isTrue();
    }
}
