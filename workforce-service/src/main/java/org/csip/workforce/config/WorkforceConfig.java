package org.csip.workforce.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/** {@code csip.workforce.*}: the council of records from before tenancy, caseload thresholds and the monthly snapshot. */
@ConfigMapping(prefix = "csip.workforce")
public interface WorkforceConfig {
    /**
     * The DfE code of the council that workforce records made before tenancy belong to (the V4 migration's
     * {@code existing_council}); records made since carry their team's council.
     */
    String laCode();

    /**
     * The caseload (cases per case-holder FTE) above which a team's snapshot is a breach, by service area
     * ({@code front-door}, {@code child-protection}…); {@code default} for areas not named.
     */
    Map<String, BigDecimal> caseloadThresholds();

    /** When the monthly metrics snapshot of each agency is published (UK time), or {@code off}. */
    @WithDefault("0 0 2 1 * ?")
    String snapshotCron();
}
