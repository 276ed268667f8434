package org.csip.inspection.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The service's single notion of "today" (UK time), injectable so rules about dates can be tested. */
public class Clocks {
    @Produces
    @Singleton
    Clock clock(InterventionConfig config) {
        return Clock.system(ZoneId.of(config.zone()));
    }
}
