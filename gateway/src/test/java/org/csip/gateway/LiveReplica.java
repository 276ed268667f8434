package org.csip.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A replica of a service that answers every request with {@code {"replica": "live"}} (and, for an action whose id
 * starts with {@code police-}, the police as its lead) and keeps each request it received: method, path and body.
 */
public final class LiveReplica {
    /** What reached this replica, in order: "METHOD /path body". */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public LiveReplica() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add((exchange.getRequestMethod() + " " + path + " " + body).strip());
            byte[] answer = ("{\"replica\": \"live\"" + (path.startsWith("/api/actions/police-")
                    ? ", \"leadAgency\": \"POLICE\"" : "") + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The requests that reached this replica whose "METHOD /path" starts so. */
    public List<String> received(String methodAndPath) {
        return requests.stream().filter(request -> request.startsWith(methodAndPath)).toList();
    }
}
