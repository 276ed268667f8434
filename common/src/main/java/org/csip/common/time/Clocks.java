package org.csip.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every service's single notion of "today": UK time (councils' working days), injectable so date rules can be tested. */
public class Clocks {
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "csip.zone", defaultValue = "Europe/London") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
