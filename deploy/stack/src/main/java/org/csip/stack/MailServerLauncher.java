package org.csip.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The stack's mail server: a real SMTP server (GreenMail, in the launcher's own process) the services send to, with
 * IMAP beside it, and every message received also written to a folder as {@code .eml} — the documented way to read
 * what CSIP sent in the local run. Stopping it is an SMTP outage: mail waits in the services' outbox.
 */
public final class MailServerLauncher implements StackPart {
    private final int smtpPort;
    private final int imapPort;
    private final Path folder;
    private final Path logFile;
    private volatile GreenMail server;
    private ScheduledExecutorService writer;
    private int written;

    public MailServerLauncher(int smtpPort, int imapPort, Path folder, Path logFile) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.folder = folder;
        this.logFile = logFile;
    }

    @Override
    public String name() {
        return "mail";
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Where every message received is written, one {@code .eml} file each, oldest first by name. */
    public Path folder() {
        return folder;
    }

    /** Every message received since this server last started. */
    public List<MimeMessage> received() {
        GreenMail running = server;
        return running == null ? List.of() : List.of(running.getReceivedMessages());
    }

    @Override
    public synchronized void start() throws IOException {
        Files.createDirectories(folder);
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "SMTP on 127.0.0.1:" + smtpPort + ", IMAP on 127.0.0.1:" + imapPort
                + "; messages written to " + folder + System.lineSeparator());
        GreenMail started = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", "smtp"),
                new ServerSetup(imapPort, "127.0.0.1", "imap")});
        // Any address receives; a person reads a mailbox over IMAP with its address as user name and password.
        started.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        try {
            started.start();
        } catch (RuntimeException e) {
            started.stop(); // one of its two servers may have started before the other's port was found taken
            throw e;
        }
        server = started;
        written = 0;
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::writeNew, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void writeNew() {
        GreenMail running = server;
        if (running == null) {
            return;
        }
        MimeMessage[] messages = running.getReceivedMessages();
        for (; written < messages.length; written++) {
            try {
                String to = messages[written].getAllRecipients()[0].toString().replaceAll("[^A-Za-z0-9@._-]", "_");
                Path file = folder.resolve(String.format(Locale.ROOT, "%d-%04d-%s.eml", System.currentTimeMillis(),
                        written + 1, to));
                try (OutputStream out = Files.newOutputStream(file)) {
                    messages[written].writeTo(out);
                }
            } catch (Exception e) {
                append("could not write message " + (written + 1) + ": " + e);
            }
        }
    }

    private void append(String line) {
        try {
            Files.writeString(logFile, line + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isReady() {
        try (Socket socket = new Socket("127.0.0.1", smtpPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        return server != null;
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            writeNew();
            writer.shutdownNow();
            writer = null;
        }
        GreenMail running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }
}
