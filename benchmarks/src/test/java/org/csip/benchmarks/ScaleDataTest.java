package org.csip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScaleDataTest {

    /** 153 councils as the register orders them: the realm's nine among 144 others across regions. */
    private static List<ScaleData.Council> register() {
        List<ScaleData.Council> register = new ArrayList<>();
        IntStream.range(0, 144).forEach(i -> register.add(new ScaleData.Council(String.valueOf(500 + i),
                "E1200000" + (i % 9))));
        List.of("340", "341", "342", "343", "344", "876", "877", "895", "896")
                .forEach(code -> register.add(new ScaleData.Council(code, "E12000002")));
        return register;
    }

    @Test
    void everyCouncilIsCoveredByExactlyOneForceAndOneHealthBoardAndTheRealmsOwnKeepTheirCouncils() {
        List<ScaleData.Council> register = register();
        ScaleData.Coverage coverage = ScaleData.coverage(register, ScaleData.realm());

        assertThat(coverage.forces()).hasSize(43);
        assertThat(coverage.healthBoards()).hasSize(42);
        assertThat(coverage.forces().get("merseyside-police")).containsExactly("340", "341", "342", "343", "344");
        assertThat(coverage.healthBoards().get("cheshire-merseyside-icb"))
                .containsExactly("340", "341", "342", "343", "344", "876", "877", "895", "896");
        for (Map<String, List<String>> covering : List.of(coverage.forces(), coverage.healthBoards())) {
            Map<String, Long> times = covering.values().stream().flatMap(Collection::stream)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(times).as("each council covered once").hasSize(153).allSatisfy((code, n) -> assertThat(n)
                    .as(code).isOne());
        }
        // The drawn forces share the other 148 councils evenly: three or four each, none empty.
        assertThat(coverage.forces().entrySet()).filteredOn(force -> force.getKey().startsWith("force-"))
                .hasSize(42).allSatisfy(force -> assertThat(force.getValue()).hasSizeBetween(3, 4));
        assertThat(coverage.forceOf("342")).isEqualTo("merseyside-police");
    }
}
