package org.csip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local port that refuses every connection for as long as the tests run: a service whose process is gone. A port
 * found free and let go (a {@code ServerSocket} on 0, closed) can be taken by anything started after it — a test
 * broker's listener, a client's own end of a connection — and then answers; this one stays bound, and never listens.
 */
public final class RefusingPort {
    /** Held until the JVM ends, so no one else can bind the port. */
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    private RefusingPort() {
    }

    /** A port on the loopback address that nothing can listen on: each connection to it is refused. */
    public static int port() {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HELD.add(socket);
        return socket.getLocalPort();
    }

    /** {@code http://localhost:} and such a port. */
    public static String url() {
        return "http://localhost:" + port();
    }
}
