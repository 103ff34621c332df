package dev.hankojakarta.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The part of Hanko's Admin API (its {@code handler/session_admin.go} and {@code user_admin.go}) that
 * {@code HankoAdmin} calls: {@code GET /users/{id}}, {@code GET /users/{id}/sessions},
 * {@code DELETE /users/{id}/sessions/{session_id}} and {@code DELETE /users/{id}}, on a port of its own, with Hanko's
 * statuses (400 for an id that is no UUID, 404 for an unknown user or a session of another user) and error bodies.
 */
final class AdminEndpoints {

    private final HankoStandIn hanko;
    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    AdminEndpoints(HankoStandIn hanko) {
        this.hanko = hanko;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hanko-stand-in-admin");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int calls() {
        return calls.get();
    }

    void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String key = hanko.adminKey();
            if (key != null && !("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                HankoStandIn.error(exchange, 401, "Unauthorized");
                return;
            }
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String method = exchange.getRequestMethod();
            // "", "users", id[, "sessions"[, session_id]]
            if (parts.length < 3 || !parts[1].equals("users") || parts.length > 5
                    || parts.length >= 4 && !parts[3].equals("sessions")) {
                HankoStandIn.error(exchange, 404, "Not Found");
                return;
            }
            String userId = parts[2];
            if (!uuid(userId) || parts.length == 5 && !uuid(parts[4])) {
                HankoStandIn.error(exchange, 400, "failed to parse userId as uuid");
                return;
            }
            if (!hanko.knows(userId)) {
                HankoStandIn.error(exchange, 404, "user not found");
                return;
            }
            switch (parts.length + " " + method) {
                case "3 GET" -> HankoStandIn.send(exchange, 200, JSONObjectUtils.toJSONString(HankoWebhooks.user(userId)));
                case "3 DELETE" -> {
                    hanko.deleteUser(userId);
                    exchange.sendResponseHeaders(204, -1);
                }
                case "4 GET" -> {
                    List<Map<String, Object>> rows = hanko.sessionsOf(userId);
                    HankoStandIn.send(exchange, 200, JSONArrayUtils.toJSONString(List.copyOf(rows)));
                }
                case "5 DELETE" -> {
                    if (hanko.revokeAsAdmin(userId, parts[4])) {
                        exchange.sendResponseHeaders(204, -1);
                    } else {
                        HankoStandIn.error(exchange, 404, "session not found");
                    }
                }
                default -> HankoStandIn.error(exchange, 405, "Method Not Allowed");
            }
        }
    }

    private static boolean uuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
