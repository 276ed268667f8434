package org.csip.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the daily review-due job runs: when, and how far ahead a review counts as due. */
@ConfigMapping(prefix = "csip.interventions")
public interface InterventionConfig {
    /** Quartz-style cron of the daily job (default 07:00 every day). */
    @WithDefault("0 0 7 * * ?")
    String reviewDueCron();

    /** A review due within this many days is announced. */
    @WithDefault("7")
    int reviewDueWithinDays();
}
