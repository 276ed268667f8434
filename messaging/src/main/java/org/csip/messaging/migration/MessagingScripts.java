package org.csip.messaging.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The messaging scripts by name, read from the class path: nothing is scanned, so they are found the same way in a
 * test, the packaged jar and an image.
 */
final class MessagingScripts implements ResourceProvider {
    static final String FOLDER = "db/messaging";

    @Override
    public LoadableResource getResource(String name) {
        return MessagingMigrations.SCRIPTS.stream().map(Script::new).filter(s -> s.getRelativePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
        return MessagingMigrations.SCRIPTS.stream().filter(name -> name.startsWith(prefix)
                && List.of(suffixes).stream().anyMatch(name::endsWith)).<LoadableResource>map(Script::new).toList();
    }

    /** One script of db/messaging. */
    private static final class Script extends LoadableResource {
        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = MessagingScripts.class.getClassLoader().getResourceAsStream(getAbsolutePath());
            if (in == null) {
                throw new UncheckedIOException(new IOException("Not on the class path: " + getAbsolutePath()));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
