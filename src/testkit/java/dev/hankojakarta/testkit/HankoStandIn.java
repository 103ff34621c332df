package dev.hankojakarta.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small stand-in for Hanko's public API, close enough to the real one that the library cannot tell the difference:
 * RSA 4096 keys with UUID {@code kid}s, {@code GET /.well-known/jwks.json} (with Hanko's {@code Cache-Control}),
 * {@code POST} and {@code GET /sessions/validate} with Hanko's exact answers, server-side sessions that can be
 * revoked, and switches for the ways Hanko and the network fail.
 *
 * <p>It listens on 127.0.0.1 only. Every call to {@code /sessions/validate} is counted.
 */
public final class HankoStandIn implements AutoCloseable {

    /** The ways the stand-in can misbehave. */
    public enum Fault {
        /** Answer as Hanko does. */
        NONE,
        /** Refuse connections: the port is closed. */
        CONNECTION_REFUSED,
        /** Answer only after {@link #slowAnswerDelay}, longer than any sensible read timeout. */
        SLOW,
        /** {@code 500 {"code":500,"message":"Internal Server Error"}}, as Hanko on a database failure. */
        SERVER_ERROR,
        /** HTTP 200 with a body that is not JSON. */
        UNREADABLE_BODY,
        /** HTTP 200, {@code application/json}, a valid answer padded beyond 1 MiB. */
        OVERSIZED_BODY,
        /** HTTP 200 whose body arrives one byte a second. */
        DRIP,
        /** {@code 302} to another host, which a client must never follow. */
        REDIRECT,
        /** HTTP 200 with the valid answer's JSON, declared as {@code text/html}. */
        WRONG_CONTENT_TYPE,
        /** The status set by {@link #failureStatus(int)}, with Hanko's error body. */
        STATUS,
        /** {@code 400} with an HTML page, as a gateway or web application firewall in front of Hanko refuses a call. */
        GATEWAY_400,
        /** {@code is_valid: true} and nothing else. */
        VALID_WITHOUT_CLAIMS,
        /** {@code is_valid: true} with {@code claims.subject} naming another user than {@code user_id}. */
        SUBJECT_MISMATCH
    }

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    private final List<RSAKey> keys = new CopyOnWriteArrayList<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger validateCalls = new AtomicInteger();
    private final AtomicInteger jwksCalls = new AtomicInteger();
    private final Clock clock = Clock.systemUTC();
    /** Development-only demo sign-in for the sample page; see {@link DemoUsers}. */
    private final DemoUsers demo = new DemoUsers(this);
    private final HankoWebhooks webhooks = new HankoWebhooks(this, clock);
    /** Every user that has had a session and was not deleted. */
    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private AdminEndpoints admin;
    private volatile String adminKey;

    private volatile Fault fault = Fault.NONE;
    private volatile Duration delay = Duration.ZERO;
    private volatile Duration slowAnswerDelay = Duration.ofSeconds(30);
    private volatile Duration idleTimeout = Duration.ZERO;
    private volatile int failureStatus = 500;
    private final AtomicInteger otherRequests = new AtomicInteger();
    private volatile int port;
    private HttpServer server;

    private record Session(String userId, String sessionId, Instant expires, Instant[] lastUsed) {
    }

    static {
        // Hanko (Go's net/http) sends with TCP_NODELAY; the JDK's HttpServer does not unless told so, and then a
        // client's delayed ACK holds every answer on a kept-alive connection back by about 40 ms (Nagle), which
        // would make every "Hanko call" in the tests and benchmarks 40 ms slower than the configured delay. Read once
        // by the JDK, when the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Every token this stand-in signed, in order. */
    private final List<String> issued = new CopyOnWriteArrayList<>();

    private HankoStandIn() {
        keys.add(newKey());
    }

    /** Every token this stand-in has signed so far (to prove, say, that none of them reaches a log). */
    public List<String> issuedTokens() {
        return List.copyOf(issued);
    }

    /** Starts a stand-in on an ephemeral port of 127.0.0.1. */
    public static HankoStandIn start() {
        HankoStandIn standIn = new HankoStandIn();
        standIn.listen(0);
        return standIn;
    }

    /**
     * Creates a stand-in that owns a port but does not listen on it yet, as a Hanko that is down: connections are
     * refused until {@link #heal()}.
     */
    public static HankoStandIn startDown() {
        HankoStandIn standIn = new HankoStandIn();
        standIn.listen(0);
        standIn.fault(Fault.CONNECTION_REFUSED);
        return standIn;
    }

    /** The API base URL, as users set {@code hanko.api-url}. */
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    // ------------------------------------------------------------------ tokens

    /** The development-only demo sign-in of the sample page. */
    public DemoUsers demo() {
        return demo;
    }

    /** A token builder for a new user with a new server-side session. */
    public TokenBuilder user() {
        return new TokenBuilder(this, UUID.randomUUID().toString());
    }

    /** A token builder for a given user id. */
    public TokenBuilder user(String userId) {
        return new TokenBuilder(this, userId);
    }

    String sign(JWTClaimsSet claims, RSAKey key, boolean registerSession) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            issued.add(jwt.serialize());
            if (registerSession) {
                String sessionId = claims.getStringClaim("session_id");
                users.add(claims.getSubject());
                sessions.put(sessionId, new Session(claims.getSubject(), sessionId,
                        claims.getExpirationTime().toInstant(), new Instant[] {clock.instant()}));
            }
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key Hanko signs new tokens with: the most recently added one. */
    public RSAKey signingKey() {
        return keys.get(keys.size() - 1);
    }

    /** Adds a new key and signs with it from now on; older keys stay published, as in Hanko. */
    public RSAKey rotateKey() {
        RSAKey key = newKey();
        keys.add(key);
        return key;
    }

    /** A key Hanko does not know, for forged tokens. */
    public static RSAKey foreignKey() {
        return newKey();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(4096).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends a session as an administrator does (Admin API {@code DELETE /users/{id}/sessions/{session_id}}): its token
     * stays signed but Hanko refuses it, and {@code session.delete.admin.revoke} goes to the subscribed webhooks.
     */
    public void revoke(String sessionId) {
        end(sessionId, "session.delete.admin.revoke");
    }

    /**
     * Ends the session of {@code token} as Hanko's {@code POST /logout} does, with {@code session.delete.explicit.logout}
     * to the subscribed webhooks; false when the token names no live session.
     */
    public boolean logout(String token) {
        JWTClaimsSet claims = verify(token);
        return claims != null && claims.getClaim("session_id") instanceof String sid
                && end(sid, "session.delete.explicit.logout");
    }

    /**
     * Deletes a user as the Admin API's {@code DELETE /users/{id}} does: the sessions go with it (a cascade in Hanko's
     * database, no session event) and {@code user.delete} goes to the subscribed webhooks.
     */
    public void deleteUser(String userId) {
        users.remove(userId);
        sessions.values().removeIf(session -> session.userId().equals(userId));
        webhooks.trigger("user.delete", HankoWebhooks.user(userId));
    }

    /**
     * The URL of the stand-in's Admin API ({@code hanko.admin.api-url}), a server of its own as Hanko's is: the
     * session and user calls {@code HankoAdmin} makes, with Hanko's statuses and error bodies. Started on first use.
     */
    public synchronized URI adminUrl() {
        if (admin == null) {
            admin = new AdminEndpoints(this);
        }
        return admin.url();
    }

    /** From now on, the Admin API requires {@code Authorization: Bearer <key>} (as Hanko Cloud's does); null: none. */
    public void adminKey(String key) {
        this.adminKey = key;
    }

    String adminKey() {
        return adminKey;
    }

    /** Calls of the Admin API so far. */
    public int adminCalls() {
        return admin == null ? 0 : admin.calls();
    }

    /** The live sessions of a user, newest first, as the Admin API lists them; null for a user Hanko never saw. */
    List<Map<String, Object>> sessionsOf(String userId) {
        if (!users.contains(userId)) {
            return null;
        }
        List<Session> live = new ArrayList<>();
        for (Session session : sessions.values()) {
            if (session.userId().equals(userId) && session.expires().isAfter(clock.instant())) {
                live.add(session);
            }
        }
        live.sort((a, b) -> b.lastUsed()[0].compareTo(a.lastUsed()[0]));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Session session : live) {
            rows.add(HankoWebhooks.session(session.sessionId(), userId, session.expires(), session.lastUsed()[0]));
        }
        return rows;
    }

    /** Whether Hanko ever saw this user (and did not delete it). */
    boolean knows(String userId) {
        return users.contains(userId);
    }

    /** Ends a session of a user as the Admin API's DELETE does; false (404) when it is not a live session of theirs. */
    boolean revokeAsAdmin(String userId, String sessionId) {
        Session session = sessions.get(sessionId);
        return session != null && session.userId().equals(userId) && end(sessionId, "session.delete.admin.revoke");
    }

    /** Hanko's webhooks: subscriptions, deliveries and tokens. */
    public HankoWebhooks webhooks() {
        return webhooks;
    }

    private boolean end(String sessionId, String event) {
        Session session = sessions.remove(sessionId);
        if (session == null) {
            return false;
        }
        webhooks.trigger(event, HankoWebhooks.session(sessionId, session.userId(), session.expires(),
                session.lastUsed()[0]));
        return true;
    }

    // ------------------------------------------------------------------ switches and counters

    public void fault(Fault newFault) {
        Fault old = this.fault;
        this.fault = newFault;
        if (newFault == Fault.CONNECTION_REFUSED && old != Fault.CONNECTION_REFUSED) {
            stopServer();
        } else if (newFault != Fault.CONNECTION_REFUSED && old == Fault.CONNECTION_REFUSED) {
            listen(port);
        }
    }

    /** Back to normal service. */
    public void heal() {
        fault(Fault.NONE);
    }

    /** Latency added to every answer (a distant Hanko Cloud). */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    public void slowAnswerDelay(Duration delay) {
        this.slowAnswerDelay = delay;
    }

    /** The status answered under {@link Fault#STATUS}. */
    public void failureStatus(int status) {
        this.failureStatus = status;
    }

    /** Requests to any path but the JWKS and validation endpoints (a followed jku, x5u or redirect). */
    public int otherRequests() {
        return otherRequests.get();
    }

    /** Hanko's {@code session.idle_timeout}; zero disables it. */
    public void idleTimeout(Duration timeout) {
        this.idleTimeout = timeout;
    }

    /** Calls of {@code /sessions/validate} since the start or the last reset. */
    public int validateCalls() {
        return validateCalls.get();
    }

    public int jwksCalls() {
        return jwksCalls.get();
    }

    public void resetCounters() {
        validateCalls.set(0);
        jwksCalls.set(0);
        otherRequests.set(0);
    }

    @Override
    public void close() {
        webhooks.close();
        synchronized (this) {
            if (admin != null) {
                admin.close();
            }
        }
        stopServer();
    }

    // ------------------------------------------------------------------ HTTP

    private synchronized void listen(int requestedPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 100);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + requestedPort, e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hanko-stand-in");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/.well-known/jwks.json", this::jwks);
        server.createContext("/sessions/validate", this::validate);
        server.createContext("/logout", this::logout);
        server.createContext("/demo/", demo);
        server.createContext("/", exchange -> {
            otherRequests.incrementAndGet();
            error(exchange, 404, "Not Found");
        });
        server.start();
        port = server.getAddress().getPort();
    }

    private synchronized void stopServer() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** {@code POST /logout} with the session token as Bearer (or cookie): 204, or 401 as Hanko's session middleware. */
    private void logout(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            error(exchange, 405, "Method Not Allowed");
            return;
        }
        exchange.getRequestBody().readAllBytes();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : cookie(exchange.getRequestHeaders().getFirst("Cookie"));
        if (token == null || !logout(token)) {
            error(exchange, 401, "Unauthorized");
            return;
        }
        exchange.getResponseHeaders().add("Set-Cookie", "hanko=; Path=/; Max-Age=0; HttpOnly");
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith("hanko=")) {
                return p.substring(6);
            }
        }
        return null;
    }

    private void jwks(HttpExchange exchange) throws IOException {
        jwksCalls.incrementAndGet();
        if (misbehave(exchange)) {
            return;
        }
        List<RSAKey> published = new ArrayList<>();
        keys.forEach(k -> published.add(k.toPublicJWK()));
        exchange.getResponseHeaders().set("Cache-Control", "max-age=600");
        send(exchange, 200, new JWKSet(new ArrayList<>(published)).toString(true));
    }

    private void validate(HttpExchange exchange) throws IOException {
        validateCalls.incrementAndGet();
        if (misbehave(exchange)) {
            return;
        }
        String method = exchange.getRequestMethod();
        List<String> candidates = new ArrayList<>();
        boolean touch;
        if (method.equals("POST")) {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
                error(exchange, 415, "Unsupported Media Type");
                return;
            }
            Map<String, Object> body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (ParseException e) {
                error(exchange, 400, "Syntax error: offset=0, error=invalid JSON");
                return;
            }
            Object token = body.get("session_token");
            if (!(token instanceof String s) || s.isEmpty()) {
                error(exchange, 400, "session_token is a required field");
                return;
            }
            candidates.add(s);
            touch = true;
        } else if (method.equals("GET")) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)) {
                candidates.add(authorization.substring(6).trim());
            }
            touch = false; // since Hanko v2.6.0 GET is a passive check
        } else {
            error(exchange, 405, "Method Not Allowed");
            return;
        }
        for (String candidate : candidates) {
            JWTClaimsSet claims = verify(candidate);
            if (claims == null) {
                continue;
            }
            String sub = claims.getSubject();
            Object sessionId = claims.getClaim("session_id");
            if (!isUuid(sub) || !(sessionId instanceof String sid) || !isUuid(sid)) {
                error(exchange, 400, "failed to parse token claims: invalid UUID length");
                return;
            }
            Session session = sessions.get(sid);
            if (session == null) {
                continue;
            }
            Instant now = clock.instant();
            Duration idle = idleTimeout;
            if (!idle.isZero() && session.lastUsed()[0].plus(idle).isBefore(now)) {
                end(sid, "session.delete.passive.expire");
                exchange.getResponseHeaders().add("Set-Cookie", "hanko=; Path=/; Max-Age=0; HttpOnly");
                continue;
            }
            if (touch) {
                session.lastUsed()[0] = now;
            }
            sendValid(exchange, validAnswer(claims, session, idle));
            return;
        }
        send(exchange, 200, "{\"is_valid\":false}");
    }

    /** Sends a valid answer, or the broken version of it the current fault asks for. */
    private void sendValid(HttpExchange exchange, Map<String, Object> answer) throws IOException {
        switch (fault) {
            case VALID_WITHOUT_CLAIMS -> send(exchange, 200, "{\"is_valid\":true}");
            case SUBJECT_MISMATCH -> {
                answer.put("user_id", UUID.randomUUID().toString());
                send(exchange, 200, JSONObjectUtils.toJSONString(answer));
            }
            case WRONG_CONTENT_TYPE -> {
                byte[] bytes = JSONObjectUtils.toJSONString(answer).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            case OVERSIZED_BODY -> {
                String json = JSONObjectUtils.toJSONString(answer);
                send(exchange, 200, json.substring(0, json.length() - 1) + " ".repeat(1024 * 1024 + 1) + "}");
            }
            case DRIP -> drip(exchange, JSONObjectUtils.toJSONString(answer));
            default -> send(exchange, 200, JSONObjectUtils.toJSONString(answer));
        }
    }

    private static void drip(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                sleep(Duration.ofSeconds(1));
            }
        } catch (IOException e) {
            // the client gave up, as it should
        }
    }

    /** Hanko's answer for a valid session (dto.ValidateSessionResponse). */
    private Map<String, Object> validAnswer(JWTClaimsSet jwt, Session session, Duration idle) {
        Map<String, Object> claims = new LinkedHashMap<>();
        // Custom claims first, then the built-ins, as Hanko's Claims.MarshalJSON does.
        jwt.getClaims().forEach((name, value) -> {
            if (!List.of("sub", "exp", "iat", "aud", "iss", "nbf", "jti").contains(name)) {
                claims.put(name, value);
            }
        });
        claims.put("subject", jwt.getSubject());
        claims.put("expiration", RFC3339.format(jwt.getExpirationTime().toInstant()));
        if (jwt.getIssueTime() != null) {
            claims.put("issued_at", RFC3339.format(jwt.getIssueTime().toInstant()));
        }
        if (jwt.getAudience() != null && !jwt.getAudience().isEmpty()) {
            claims.put("audience", jwt.getAudience());
        }
        if (jwt.getIssuer() != null) {
            claims.put("issuer", jwt.getIssuer());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("is_valid", true);
        answer.put("claims", claims);
        answer.put("expiration_time", RFC3339.format(jwt.getExpirationTime().toInstant()));
        answer.put("user_id", jwt.getSubject());
        if (!idle.isZero()) {
            Instant idleExpires = session.lastUsed()[0].plus(idle);
            if (idleExpires.isAfter(session.expires())) {
                idleExpires = session.expires();
            }
            answer.put("idle_expires_at", RFC3339.format(idleExpires));
        }
        return answer;
    }

    /** Signature against every published key, then exp/iat/nbf without skew, as jwx does in Hanko. */
    private JWTClaimsSet verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token.trim());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return null;
            }
            boolean verified = false;
            for (RSAKey key : keys) {
                String kid = jwt.getHeader().getKeyID();
                if ((kid == null || kid.equals(key.getKeyID())) && jwt.verify(new RSASSAVerifier(key))) {
                    verified = true;
                    break;
                }
            }
            if (!verified) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date now = Date.from(clock.instant());
            if (claims.getExpirationTime() != null && !now.before(claims.getExpirationTime())) {
                return null;
            }
            if (claims.getNotBeforeTime() != null && now.before(claims.getNotBeforeTime())) {
                return null;
            }
            if (claims.getIssueTime() != null && now.before(claims.getIssueTime())) {
                return null;
            }
            return claims;
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }

    /** Applies the delay and the fault; true when the answer was already sent. */
    private boolean misbehave(HttpExchange exchange) throws IOException {
        sleep(delay);
        switch (fault) {
            case SLOW -> {
                sleep(slowAnswerDelay);
                send(exchange, 200, "{\"is_valid\":false}");
                return true;
            }
            case SERVER_ERROR -> {
                error(exchange, 500, "Internal Server Error");
                return true;
            }
            case UNREADABLE_BODY -> {
                send(exchange, 200, "<html><body>Bad Gateway</body></html>");
                return true;
            }
            case STATUS -> {
                error(exchange, failureStatus, "failure " + failureStatus);
                return true;
            }
            case GATEWAY_400 -> {
                byte[] page = "<html><body><h1>400 Bad Request</h1>Request blocked.</body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(400, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
                return true;
            }
            case REDIRECT -> {
                exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + port + "/elsewhere"
                        + exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSONObjectUtils.toJSONString(Map.of("code", status, "message", message)));
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
