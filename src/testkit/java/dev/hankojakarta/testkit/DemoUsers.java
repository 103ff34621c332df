package dev.hankojakarta.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Development-only demo sign-in on the stand-in, for the sample application's page. It is not part of Hanko's API:
 * it replaces the passkey ceremony, which needs a real Hanko, by a button per demo user.
 *
 * <ul>
 * <li>{@code GET /demo/users}: the demo users.</li>
 * <li>{@code POST /demo/login?user=ada}: a freshly minted session token for that user, with a server-side session,
 * exactly as the stand-in mints tokens for the tests; what Hanko hands its frontend SDK after a login.</li>
 * <li>{@code POST /demo/logout} with {@code Authorization: Bearer <token>}: ends that session, as Hanko's
 * {@code POST /logout} does, so that the old token stays refused.</li>
 * </ul>
 *
 * <p>CORS admits pages from loopback origins only: the stand-in listens on 127.0.0.1, so only a browser on this
 * machine reaches it, and no other web site that browser visits may mint tokens from it. A real Hanko answers 404
 * on these paths; so does the stand-in after {@link #enabled(boolean) enabled(false)}: that is how the page decides
 * between demo sign-in and Hanko's own {@code <hanko-auth>} element.
 */
public final class DemoUsers implements HttpHandler {

    /** A demo user; {@code roles} is the custom claim the sample maps to groups ({@code hanko.groups.claim=roles}). */
    public record DemoUser(String name, String userId, String email, List<String> roles, String description) {
    }

    /** Fixed ids, so that a token minted before a restart of the page still names the same user. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("ada", "6a3c4e0f-0b9e-4d5e-9f6a-2f1f4c7b8a01", "ada@example.com", List.of("admin"),
                    "admin (roles claim [\"admin\"])"),
            new DemoUser("bob", "0c9b7d1e-5f3a-4b2c-8e6d-7a1b2c3d4e02", "bob@example.com", List.of(),
                    "plain user"),
            new DemoUser("eve", "3e5f7a9b-1c2d-4e6f-8a0b-9c8d7e6f5a03", "eve@auditors.example", List.of(),
                    "auditor (the sample's own identity store)"));

    private static final Pattern LOOPBACK_ORIGIN =
            Pattern.compile("http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");

    private final HankoStandIn hanko;
    private volatile boolean enabled = true;

    DemoUsers(HankoStandIn hanko) {
        this.hanko = hanko;
    }

    /** Switches the demo endpoints off (404, as a real Hanko) or on again. */
    public void enabled(boolean on) {
        this.enabled = on;
    }

    public static Optional<DemoUser> find(String name) {
        return USERS.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** A token builder for a demo user, with the claims Hanko would put in its session token. */
    public TokenBuilder token(DemoUser user) {
        TokenBuilder token = hanko.user(user.userId()).email(user.email()).username(user.name()).amr("passkey");
        if (!user.roles().isEmpty()) {
            token.claim("roles", user.roles());
        }
        return token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!enabled) {
                send(exchange, 404, Map.of("code", 404, "message", "Not Found"));
                return;
            }
            boolean corsAllowed = cors(exchange);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("OPTIONS")) {
                exchange.sendResponseHeaders(corsAllowed ? 204 : 403, -1);
                return;
            }
            switch (path) {
                case "/demo/users" -> users(exchange, method);
                case "/demo/login" -> login(exchange, method);
                case "/demo/logout" -> logout(exchange, method);
                default -> send(exchange, 404, Map.of("code", 404, "message", "Not Found"));
            }
        } finally {
            exchange.close();
        }
    }

    private void users(HttpExchange exchange, String method) throws IOException {
        if (!method.equals("GET")) {
            send(exchange, 405, Map.of("code", 405, "message", "Method Not Allowed"));
            return;
        }
        List<Object> list = new ArrayList<>();
        for (DemoUser user : USERS) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", user.name());
            entry.put("user_id", user.userId());
            entry.put("email", user.email());
            entry.put("roles", user.roles());
            entry.put("description", user.description());
            list.add(entry);
        }
        sendJson(exchange, 200, JSONObjectUtils.toJSONString(Map.of("users", list)));
    }

    private void login(HttpExchange exchange, String method) throws IOException {
        if (!method.equals("POST")) {
            send(exchange, 405, Map.of("code", 405, "message", "Method Not Allowed"));
            return;
        }
        drain(exchange);
        String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
        String name = query.startsWith("user=") ? query.substring(5) : "";
        Optional<DemoUser> user = find(name);
        if (user.isEmpty()) {
            send(exchange, 404, Map.of("code", 404, "message", "no demo user " + name));
            return;
        }
        TokenBuilder builder = token(user.get());
        String token = builder.sign();
        long lifetime = 12 * 60 * 60;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", token);
        answer.put("user_id", builder.userId());
        answer.put("session_id", builder.sessionId());
        answer.put("expires_in", lifetime);
        // Hanko tells its frontend SDK the cookie's lifetime in this header.
        exchange.getResponseHeaders().set("X-Session-Lifetime", Long.toString(lifetime));
        sendJson(exchange, 200, JSONObjectUtils.toJSONString(answer));
    }

    private void logout(HttpExchange exchange, String method) throws IOException {
        if (!method.equals("POST")) {
            send(exchange, 405, Map.of("code", 405, "message", "Method Not Allowed"));
            return;
        }
        drain(exchange);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            send(exchange, 401, Map.of("code", 401, "message", "Unauthorized"));
            return;
        }
        try {
            Object sessionId = SignedJWT.parse(authorization.substring(7).trim()).getJWTClaimsSet()
                    .getClaim("session_id");
            if (sessionId instanceof String sid) {
                hanko.logout(authorization.substring(7).trim());
            }
        } catch (ParseException e) {
            send(exchange, 401, Map.of("code", 401, "message", "Unauthorized"));
            return;
        }
        exchange.sendResponseHeaders(204, -1);
    }

    /** Admits loopback origins; true when the request may be answered to its origin. */
    private static boolean cors(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        exchange.getResponseHeaders().add("Vary", "Origin");
        if (origin == null || !LOOPBACK_ORIGIN.matcher(origin).matches()) {
            return false;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Authorization");
        exchange.getResponseHeaders().set("Access-Control-Expose-Headers", "X-Session-Lifetime");
        return true;
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        sendJson(exchange, status, JSONObjectUtils.toJSONString(body));
    }

    private static void sendJson(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
