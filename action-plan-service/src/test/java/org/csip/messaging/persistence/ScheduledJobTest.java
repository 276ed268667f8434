package org.csip.messaging.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A scheduled job rides out the database going away, and only that: its own failures still surface. */
class ScheduledJobTest {
    private final ScheduledJob job = new ScheduledJob(3, Duration.ofMillis(1), Duration.ofMillis(2));
    private final AtomicInteger tries = new AtomicInteger();

    @Test
    void workMetByARestartingDatabaseRunsAgainUntilItIsBack() {
        boolean ran = job.attempt("mail-compose", () -> {
            if (tries.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLException("terminating connection due to administrator"
                        + " command", "57P01"));
            }
        });
        assertThat(ran).isTrue();
        assertThat(tries).hasValue(3);
    }

    @Test
    void aDatabaseThatStaysAwayLeavesTheWorkForTheNextBeatWithoutFailingTheJob() {
        boolean ran = job.attempt("mail-send", () -> {
            tries.incrementAndGet();
            throw new PersistenceException(new SQLException("Connection to localhost:5432 refused", "08001"));
        });
        assertThat(ran).isFalse();
        assertThat(tries).as("the first try and three more").hasValue(4);
    }

    @Test
    void aFailureOfTheJobsOwnIsNotRetriedAndPropagates() {
        assertThatThrownBy(() -> job.attempt("deadline-notices", () -> {
            tries.incrementAndGet();
            throw new PersistenceException(new SQLException("duplicate key", "23505"));
        })).isInstanceOf(PersistenceException.class);
        assertThat(tries).hasValue(1);
    }
}
