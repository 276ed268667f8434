package org.csip.workforce.benchmark;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code csip.benchmarks.*}: whether the DfE files shipped with CSIP are loaded at first start. */
@ConfigMapping(prefix = "csip.benchmarks")
public interface BenchmarksConfig {
    /** Import each bundled DfE file whose figures the database does not hold yet. */
    @WithDefault("true")
    boolean importAtStart();
}
