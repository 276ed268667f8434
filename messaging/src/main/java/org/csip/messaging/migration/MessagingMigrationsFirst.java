package org.csip.messaging.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Gives every service's Flyway the messaging tables' own migrations, run before its own (MessagingMigrations). */
@Singleton
public class MessagingMigrationsFirst implements FlywayConfigurationCustomizer {
    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()),
                Stream.of(new MessagingMigrations())).toArray(Callback[]::new));
    }
}
