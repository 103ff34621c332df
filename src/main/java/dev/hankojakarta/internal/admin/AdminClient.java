package dev.hankojakarta.internal.admin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.HankoAdminException;
import dev.hankojakarta.HankoAdminException.Reason;
import dev.hankojakarta.HankoEmail;
import dev.hankojakarta.HankoSession;
import dev.hankojakarta.HankoUser;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.Secret;
import dev.hankojakarta.internal.remote.HankoHttp;
import jakarta.ws.rs.core.Response;

/**
 * {@link HankoAdmin} over Hanko's Admin API ({@code hanko.admin.api-url}). Answers are read with nimbus-jose-jwt's
 * JSON parser, leniently where Hanko's spec is wrong ({@code null} user agents, addresses and expiry; unknown
 * fields). A revocation that Hanko confirms is also refused here at once ({@link Revoked}).
 */
public final class AdminClient implements HankoAdmin {

    private static final Logger LOG = Logger.getLogger(AdminClient.class.getName());

    /** What a confirmed revocation does locally: tombstone the session and drop its cached answers. */
    public interface Revoked {
        void session(String sessionId, Optional<Instant> expiresAt);
    }

    /** Issues one call: the client for a URL, the request through it. */
    interface Calls {
        HankoHttp.Answer call(URI url, Function<HankoAdminApi, Response> request) throws HankoHttp.ExchangeFailed;
    }

    private final URI base;
    private final String authorization;
    private final Calls calls;
    private final Revoked revoked;

    AdminClient(URI base, Optional<Secret> key, Calls calls, Revoked revoked) {
        this.base = base;
        this.authorization = key.map(k -> "Bearer " + k.value()).orElse(null);
        this.calls = calls;
        this.revoked = revoked;
    }

    /** A client that calls Hanko through {@code http}, bounded in time like every call to Hanko. */
    public static AdminClient create(HankoConfig config, URI base, HankoHttp http, Revoked revoked) {
        return new AdminClient(base, config.adminKey(), (url, request) -> {
            HankoAdminApi api = HankoHttp.client(config, url, HankoAdminApi.class);
            try {
                return http.exchange(() -> request.apply(api));
            } finally {
                // after the whole answer was read (or the deadline passed, which this also aborts)
                if (api instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
        }, revoked);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.fine(() -> "Could not close an admin client: " + e.getClass().getName());
        }
    }

    @Override
    public List<HankoSession> sessions(String userId) {
        String user = uuid(userId, "user id");
        HankoHttp.Answer answer = send("GET", "/users/" + user + "/sessions", api -> api.get(authorization));
        expect(answer, 200, "user " + user);
        List<Object> rows;
        try {
            rows = JSONArrayUtils.parse(body(answer));
        } catch (ParseException e) {
            throw unreadable("the sessions of user " + user);
        }
        List<HankoSession> sessions = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
                throw unreadable("the sessions of user " + user);
            }
            sessions.add(new HankoSession(id, text(map.get("user_id")).orElse(user), text(map.get("user_agent")),
                    text(map.get("ip_address")), instant(map.get("created_at")).orElse(Instant.EPOCH),
                    instant(map.get("last_used")).orElse(Instant.EPOCH), instant(map.get("expires_at"))));
        }
        return List.copyOf(sessions);
    }

    @Override
    public void revokeSession(String userId, String sessionId) {
        String user = uuid(userId, "user id");
        String session = uuid(sessionId, "session id");
        HankoHttp.Answer answer = send("DELETE", "/users/" + user + "/sessions/" + session,
                api -> api.delete(authorization));
        expect(answer, 204, "session " + session + " of user " + user);
        revoked.session(session, Optional.empty());
    }

    @Override
    public int revokeAllSessions(String userId, Optional<String> keep) {
        String user = uuid(userId, "user id");
        int ended = 0;
        for (HankoSession session : sessions(user)) {
            if (keep.isPresent() && keep.get().equalsIgnoreCase(session.id())) {
                continue;
            }
            HankoHttp.Answer answer = send("DELETE", "/users/" + user + "/sessions/" + session.id(),
                    api -> api.delete(authorization));
            if (answer.status() != 404) { // 404: it ended meanwhile, as intended
                expect(answer, 204, "session " + session.id() + " of user " + user);
            }
            revoked.session(session.id(), session.expiresAt());
            ended++;
        }
        return ended;
    }

    @Override
    public HankoUser user(String userId) {
        String user = uuid(userId, "user id");
        HankoHttp.Answer answer = send("GET", "/users/" + user, api -> api.get(authorization));
        expect(answer, 200, "user " + user);
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(body(answer));
        } catch (ParseException e) {
            throw unreadable("user " + user);
        }
        List<HankoEmail> emails = new ArrayList<>();
        if (json.get("emails") instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof Map<?, ?> email && email.get("address") instanceof String address) {
                    emails.add(new HankoEmail(address, Boolean.TRUE.equals(email.get("is_primary")),
                            Boolean.TRUE.equals(email.get("is_verified"))));
                }
            }
        }
        Optional<String> username = json.get("username") instanceof Map<?, ?> name
                ? text(name.get("username")) : text(json.get("username"));
        return new HankoUser(text(json.get("id")).orElse(user), emails, username,
                instant(json.get("created_at")).orElse(Instant.EPOCH),
                instant(json.get("updated_at")).orElse(Instant.EPOCH));
    }

    private HankoHttp.Answer send(String method, String path, Function<HankoAdminApi, Response> request) {
        URI url = URI.create(base + path);
        try {
            return calls.call(url, request);
        } catch (HankoHttp.ExchangeFailed e) {
            throw new HankoAdminException(Reason.UNAVAILABLE, "Hanko's Admin API did not answer " + method + " "
                    + path + ": " + e.getMessage() + ". Check " + HankoConfig.ADMIN_API_URL + " and that Hanko is up.");
        }
    }

    private static void expect(HankoHttp.Answer answer, int status, String what) {
        int got = answer.status();
        if (got == status) {
            return;
        }
        throw switch (got) {
            case 404 -> new HankoAdminException(Reason.NOT_FOUND, "Hanko knows no " + what + ".");
            case 401, 403 -> new HankoAdminException(Reason.UNAUTHORIZED, "Hanko's Admin API refused the call (HTTP "
                    + got + "): check " + HankoConfig.ADMIN_API_KEY + " (a Hanko Cloud API key) or the gateway in"
                    + " front of a self-hosted admin API.");
            case 400 -> new HankoAdminException(Reason.BAD_REQUEST, "Hanko's Admin API refused the request about "
                    + what + " as malformed (HTTP 400).");
            default -> new HankoAdminException(Reason.UNAVAILABLE, "Hanko's Admin API answered HTTP " + got
                    + " about " + what + "; the call may be retried.");
        };
    }

    private static HankoAdminException unreadable(String what) {
        return new HankoAdminException(Reason.UNAVAILABLE, "Hanko's Admin API gave an unreadable answer about "
                + what + ". Check that " + HankoConfig.ADMIN_API_URL + " names the Admin API.");
    }

    private static String body(HankoHttp.Answer answer) {
        return answer.body() == null ? "" : new String(answer.body(), StandardCharsets.UTF_8);
    }

    /** Ids go into URL paths: only UUIDs, as Hanko's ids are, so that no input can change the path. */
    private static String uuid(String id, String what) {
        try {
            if (id != null && UUID.fromString(id).toString().equals(id.toLowerCase(Locale.ROOT))) {
                return id.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new HankoAdminException(Reason.BAD_REQUEST, "A Hanko " + what + " is a UUID; this one is not.");
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    private static Optional<Instant> instant(Object value) {
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
