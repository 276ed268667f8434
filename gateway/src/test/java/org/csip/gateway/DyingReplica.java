package org.csip.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.csip.testing.RefusingPort;

/**
 * A replica that dies under every request: it accepts the connection, reads the request's head and closes the
 * connection without a word, as a process killed while answering does.
 */
public final class DyingReplica {
    /** The request line of each request that reached it ("METHOD /path HTTP/1.1"). */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket server;

    public DyingReplica() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::acceptAndClose, "dying-replica");
        accepting.setDaemon(true);
        accepting.start();
    }

    private void acceptAndClose() {
        while (!server.isClosed()) {
            try (Socket connection = server.accept()) {
                BufferedReader head = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                requests.add(head.readLine());
                String line = head.readLine();
                while (line != null && !line.isEmpty()) {
                    line = head.readLine();
                }
            } catch (IOException e) {
                // on to the next connection
            }
        }
    }

    public String url() {
        return "http://localhost:" + server.getLocalPort();
    }

    /** The requests that reached it whose request line starts so ("GET ", "POST /api/..."). */
    public long received(String methodAndPath) {
        return requests.stream().filter(line -> line != null && line.startsWith(methodAndPath)).count();
    }

    /** A URL on which nothing listens: a replica whose process is gone refuses connections there. */
    public static String gone() {
        return RefusingPort.url();
    }
}
