package org.csip.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.csip.stack.MailServerLauncher;

/**
 * A real SMTP server (the local stack's own mail server, GreenMail) on a free port for a service's tests: what
 * arrived is read from {@link #server()}; stopping and starting it again is an SMTP outage.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {
    private static MailServerLauncher server;

    /** The running server (the same port after a restart). */
    public static MailServerLauncher server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = FreePortStarts.start("SMTP server", SmtpTestResource::startServer);
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.smtpPort()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static MailServerLauncher startServer() {
        try {
            Path dir = Files.createTempDirectory("csip-mail");
            MailServerLauncher started = new MailServerLauncher(freePort(), freePort(), dir.resolve("messages"),
                    dir.resolve("mail.log"));
            started.start(); // a start that fails stops what it had started (FreePortStarts asks this)
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
