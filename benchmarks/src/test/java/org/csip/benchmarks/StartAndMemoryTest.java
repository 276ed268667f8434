package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csip.stack.LocalStack;
import org.junit.jupiter.api.Test;

class StartAndMemoryTest {

    @Test
    void eachServiceIsJudgedAgainstTheMeanOfTheBareServicesStartsBeforeAndAfterIt() {
        StartAndMemory.Alone before = new StartAndMemory.Alone("bare Quarkus service, before the services", 3.0, 4.0,
                190 * 1024);
        StartAndMemory.Alone after = new StartAndMemory.Alone("bare Quarkus service, after them", 5.0, 6.0, 210 * 1024);
        StartAndMemory.Alone service = new StartAndMemory.Alone("action-plan-service", 6.0, 9.0, 260 * 1024);
        StartAndMemory.Result result = new StartAndMemory.Result(
                List.of(new StartAndMemory.Alone("keycloak", 20.0, 40.0, 600 * 1024)), stack(), everyModule(300),
                List.of(service), List.of(before, after));

        assertThat(result.bare().readySeconds()).isEqualTo(4.0);
        assertThat(result.bare().idleRssKiB()).isEqualTo(200 * 1024);
        assertThat(result.readyRatio(service)).as("against the mean, not the first start's 2.0").isEqualTo(1.5);
        assertThat(result.rssRatio(service)).isCloseTo(1.3, within(1e-9));

        String md = StartAndMemory.markdown(result);
        assertThat(md).contains("| bare Quarkus service, before the services | 3.0 | — | 4.0 | 190 | — |",
                "| bare Quarkus service, after them | 5.0 | — | 6.0 | 210 | — |",
                "| **bare Quarkus service, the mean: the yardstick** | 4.0 | — | 5.0 | 200 | — |",
                "| action-plan-service | 6.0 | 1.50 | 9.0 | 260 | 1.30 |");
    }

    private static StartAndMemory.StackStart stack() {
        Map<String, Double> readyAt = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        LocalStack.MODULES.forEach(module -> {
            readyAt.put(module, 40.0);
            cpu.put(module, 10.0);
        });
        readyAt.put("stack", 40.0);
        cpu.put("keycloak", 40.0);
        return new StartAndMemory.StackStart(readyAt, cpu, everyModule(250));
    }

    private static Map<String, Long> everyModule(long mib) {
        Map<String, Long> rss = new LinkedHashMap<>();
        LocalStack.MODULES.forEach(module -> rss.put(module, mib * 1024));
        return rss;
    }
}
