package org.csip.messaging.persistence;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job's work so that the database going away for a moment (a restart, a fail-over) delays the job
 * rather than losing its run: the work is tried again with a growing pause while the outage lasts, each try logged
 * as a warning, and after the last it is left for the job's next beat. A daily job met by a five-second restart at
 * 07:15 still sends that day's digests. Every job it runs must be safe to run again (each composes, announces or
 * sends only what it has not already). Any other failure is the job's own and propagates (the scheduler logs it).
 */
public final class ScheduledJob {
    private static final Logger LOG = Logger.getLogger(ScheduledJob.class);
    /** About a minute and a half of outage ridden out: 1, 2, 4, 8, 16, 30, 30 s between the tries. */
    private static final ScheduledJob RIDES_OUT_OUTAGES = new ScheduledJob(7, Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    private final int retries;
    private final Duration firstPause;
    private final Duration longestPause;

    ScheduledJob(int retries, Duration firstPause, Duration longestPause) {
        this.retries = retries;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Runs {@code work} for the job named {@code job}, riding out a database outage of about a minute and a half. */
    public static void run(String job, Runnable work) {
        RIDES_OUT_OUTAGES.attempt(job, work);
    }

    /** Returns whether the work ran to the end (false: the database stayed away and the next beat will try). */
    boolean attempt(String job, Runnable work) {
        Duration pause = firstPause;
        for (int attempt = 0; ; attempt++) {
            try {
                work.run();
                return true;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isOutage(e)) {
                    throw e;
                }
                if (attempt == retries) {
                    LOG.warnf("Job %s did not run: the database has not answered for %d tries; its next beat runs it"
                            + " (%s)", job, attempt + 1, e.toString());
                    return false;
                }
                LOG.warnf("Job %s met the database not answering; trying again in %d ms (%s)", job, pause.toMillis(),
                        e.toString());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
        }
    }
}
