package org.csip.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** CSIP's email: when messages are composed and sent, from whom, and where their links point. */
@ConfigMapping(prefix = "csip.notifications")
public interface NotificationConfig {
    /** Quartz-style cron of the daily composing run (default 07:15, UK time). */
    @WithDefault("0 15 7 * * ?")
    String composeCron();

    /** How often the sender looks for messages due (an SMTP outage is retried on this beat, with backoff). */
    @WithDefault("10s")
    String sendEvery();

    /** The longest wait between two attempts at one message while the SMTP server is away. */
    @WithDefault("PT30M")
    Duration longestRetryWait();

    /**
     * The longest wait for the SMTP server to take one message: a server that accepts the connection and then says
     * nothing is treated as away (the message waits for its next attempt), so it cannot stop the sender for good.
     */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** The address CSIP's email comes from. */
    @WithDefault("CSIP <no-reply@csip.localhost>")
    String from();

    /** The dashboard (the gateway) every link in a message points to. */
    @WithDefault("http://localhost:8080")
    String dashboardUrl();

    /** Actions due within this many days are in a digest; deadlines within it are warned of. */
    @WithDefault("14")
    int withinDays();
}
