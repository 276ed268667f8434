package org.csip.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the daily deadline job runs: when, how far ahead a deadline is "approaching", how recent a miss is news. */
@ConfigMapping(prefix = "csip.deadlines")
public interface DeadlineConfig {
    /** Quartz-style cron of the daily job (default 06:45 every day, UK time). */
    @WithDefault("0 45 6 * * ?")
    String cron();

    /** A deadline due within this many days is announced as approaching (once). */
    @WithDefault("14")
    int approachingWithinDays();

    /**
     * A deadline missed at most this many days ago is announced as missed (once); one missed long before CSIP
     * learned of it — history recorded after the fact — is shown, not announced.
     */
    @WithDefault("30")
    int missedWithinDays();
}
