package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void replicasListenTenPortsApartAndTheGatewayKnowsEveryOne() {
        StackConfig two = StackConfig.local(Path.of(".")).withReplicas(2);
        assertEquals(8090, two.port("gateway", 1));
        assertEquals(List.of("http://localhost:8082", "http://localhost:8092"), two.urls("action-plan-service"));
        assertEquals(List.of("http://localhost:8080"), StackConfig.local(Path.of(".")).urls("gateway"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StackConfig.local(Path.of(".")).withReplicas(0)).getMessage().contains("1 to 5"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StackConfig.local(Path.of(".")).withReplicas(6)).getMessage().contains("1 to 5"));
    }

    @Test
    void theTestStacksListenBelowTheEphemeralRangeAndNeverOnEachOthersPorts() {
        List<Integer> ports = new ArrayList<>();
        for (StackConfig stack : List.of(StackConfig.systemTest(Path.of("."), Path.of("a")).withReplicas(StackConfig.MAX_REPLICAS),
                StackConfig.faultTest(Path.of("."), Path.of("b")).withReplicas(StackConfig.MAX_REPLICAS),
                StackConfig.benchmark(Path.of("."), Path.of("c")).withReplicas(StackConfig.MAX_REPLICAS))) {
            ports.addAll(List.of(stack.postgresPort(), stack.kafkaPort(), stack.kafkaControllerPort(),
                    stack.keycloakPort(), stack.keycloakManagementPort()));
            for (String module : LocalStack.MODULES) {
                for (int replica = 0; replica < stack.replicas(); replica++) {
                    ports.add(stack.port(module, replica));
                }
            }
        }
        assertEquals(ports.size(), new HashSet<>(ports).size(), "a port used twice: " + ports);
        assertTrue(ports.stream().allMatch(port -> port > 1024 && port < 32768), "a port in the ephemeral range: " + ports);
    }

    @Test
    void onlyTheTestStacksStopTheJitAtItsFirstTierAndReplicasKeepWhatTheyWereGiven() {
        List<String> firstTier = List.of("-XX:TieredStopAtLevel=1");
        assertEquals(firstTier, StackConfig.TEST_JVM_OPTIONS);
        assertEquals(firstTier, StackConfig.systemTest(Path.of("."), Path.of("a")).jvmOptions());
        assertEquals(firstTier, StackConfig.faultTest(Path.of("."), Path.of("b")).withReplicas(3).jvmOptions());
        // The developer's run and the measuring run keep the JIT a deployment has.
        assertEquals(List.of(), StackConfig.local(Path.of(".")).withReplicas(2).jvmOptions());
        assertEquals(List.of(), StackConfig.benchmark(Path.of("."), Path.of("c")).jvmOptions());
        assertEquals(firstTier, StackConfig.benchmark(Path.of("."), Path.of("c"))
                .withJvmOptions(StackConfig.TEST_JVM_OPTIONS).withServiceProperties(java.util.Map.of("a", "b")).jvmOptions());
    }
}
