package dev.hankojakarta.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.HankoAdminException;
import dev.hankojakarta.HankoAdminException.Reason;
import dev.hankojakarta.HankoSession;
import dev.hankojakarta.HankoUser;
import dev.hankojakarta.internal.config.Secret;
import dev.hankojakarta.internal.remote.HankoHttp;
import org.junit.jupiter.api.Test;

class AdminClientTest {

    private static final String USER = "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10";
    private static final String S1 = "c2e8a4f1-6d3b-4a57-b0e9-1f8d7c6a5e42";
    private static final String S2 = "0f6a5e42-1f8d-4c7e-9b0e-c2e8a4f16d3b";
    private static final String KEY = "sk-very-secret-key";

    /** Canned answers by "METHOD url"; every call is recorded. */
    private final Map<String, HankoHttp.Answer> answers = new HashMap<>();
    private final List<String> called = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();
    private boolean down;

    private final AdminClient admin = new AdminClient(URI.create("https://hanko.test/admin"),
            Optional.of(new Secret(KEY)), (url, request) -> {
                // the request goes through a stand-in client that tells the method
                String[] method = new String[1];
                request.apply(new HankoAdminApi() {
                    @Override
                    public jakarta.ws.rs.core.Response get(String authorization) {
                        assertEquals("Bearer " + KEY, authorization);
                        method[0] = "GET";
                        return null;
                    }

                    @Override
                    public jakarta.ws.rs.core.Response delete(String authorization) {
                        assertEquals("Bearer " + KEY, authorization);
                        method[0] = "DELETE";
                        return null;
                    }
                });
                if (down) {
                    throw new HankoHttp.ExchangeFailed("no complete answer within 5000 ms");
                }
                String key = method[0] + " " + url;
                called.add(key);
                HankoHttp.Answer answer = answers.get(key);
                return answer != null ? answer : json(500, "{\"code\":500,\"message\":\"Internal Server Error\"}");
            }, (sessionId, expiresAt) -> revoked.add(sessionId));

    private static HankoHttp.Answer json(int status, String body) {
        return new HankoHttp.Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private void answer(String method, String path, int status, String body) {
        answers.put(method + " https://hanko.test/admin" + path, json(status, body));
    }

    private static final String SESSIONS = "[{\"id\":\"" + S1 + "\",\"user_id\":\"" + USER + "\",\"user_agent\":null,"
            + "\"ip_address\":\"10.0.0.1\",\"created_at\":\"2026-08-14T18:00:00.123456Z\",\"updated_at\":"
            + "\"2026-08-14T18:00:00Z\",\"expires_at\":\"2026-08-15T06:00:00Z\",\"last_used\":\"2026-08-14T18:30:00Z\","
            + "\"future_field\":1},{\"id\":\"" + S2 + "\",\"user_id\":\"" + USER + "\",\"user_agent\":\"curl\","
            + "\"ip_address\":null,\"created_at\":\"2026-08-14T17:00:00Z\",\"updated_at\":\"2026-08-14T17:00:00Z\","
            + "\"expires_at\":null,\"last_used\":\"2026-08-14T17:00:00Z\"}]";

    @Test
    void listsSessionsReadingWhatHankosSpecGetsWrong() {
        answer("GET", "/users/" + USER + "/sessions", 200, SESSIONS);
        List<HankoSession> sessions = admin.sessions(USER);
        assertEquals(2, sessions.size());
        assertEquals(S1, sessions.get(0).id());
        assertEquals(Optional.empty(), sessions.get(0).userAgent());
        assertEquals(Optional.of("10.0.0.1"), sessions.get(0).ipAddress());
        assertEquals(Optional.of(Instant.parse("2026-08-15T06:00:00Z")), sessions.get(0).expiresAt());
        assertEquals(Instant.parse("2026-08-14T18:00:00.123456Z"), sessions.get(0).createdAt());
        assertEquals(Optional.empty(), sessions.get(1).expiresAt());
        assertEquals(Optional.empty(), sessions.get(1).ipAddress());
    }

    @Test
    void aRevocationIsRefusedLocallyOnceHankoConfirmsIt() {
        answer("DELETE", "/users/" + USER + "/sessions/" + S1, 204, "");
        admin.revokeSession(USER, S1);
        assertEquals(List.of(S1), revoked);
    }

    @Test
    void aRevocationHankoRefusesIsNotAppliedLocally() {
        answer("DELETE", "/users/" + USER + "/sessions/" + S1, 404, "{\"code\":404,\"message\":\"Not Found\"}");
        HankoAdminException e = assertThrows(HankoAdminException.class, () -> admin.revokeSession(USER, S1));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(revoked.isEmpty());
    }

    @Test
    void signingOutEverywhereEndsEverySessionButTheOneKept() {
        answer("GET", "/users/" + USER + "/sessions", 200, SESSIONS);
        answer("DELETE", "/users/" + USER + "/sessions/" + S1, 204, "");
        answer("DELETE", "/users/" + USER + "/sessions/" + S2, 404, "{\"code\":404,\"message\":\"Not Found\"}");
        assertEquals(2, admin.revokeAllSessions(USER, Optional.empty()), "a session that ended meanwhile counts");
        assertEquals(List.of(S1, S2), revoked);
        revoked.clear();
        assertEquals(1, admin.revokeAllSessions(USER, Optional.of(S2)));
        assertEquals(List.of(S1), revoked);
    }

    @Test
    void readsAUser() {
        answer("GET", "/users/" + USER, 200, "{\"id\":\"" + USER + "\",\"emails\":[{\"id\":\"e1\",\"address\":"
                + "\"a@example.com\",\"is_verified\":true,\"is_primary\":true}],\"username\":{\"id\":\"u1\","
                + "\"username\":\"alice\"},\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-02-01T00:00:00Z\"}");
        HankoUser user = admin.user(USER);
        assertEquals(USER, user.id());
        assertEquals("a@example.com", user.emails().get(0).address());
        assertTrue(user.emails().get(0).primary() && user.emails().get(0).verified());
        assertEquals(Optional.of("alice"), user.username());
    }

    @Test
    void failuresSayWhatToFixAndNeverShowTheKey() {
        answer("GET", "/users/" + USER, 401, "{\"code\":401,\"message\":\"Unauthorized\"}");
        HankoAdminException unauthorized = assertThrows(HankoAdminException.class, () -> admin.user(USER));
        assertEquals(Reason.UNAUTHORIZED, unauthorized.reason());
        assertTrue(unauthorized.getMessage().contains("hanko.admin.api-key"), unauthorized.getMessage());
        answer("GET", "/users/" + USER + "/sessions", 404, "{\"code\":404,\"message\":\"user not found\"}");
        assertEquals(Reason.NOT_FOUND, assertThrows(HankoAdminException.class, () -> admin.sessions(USER)).reason());
        answer("GET", "/users/" + USER + "/sessions", 200, "<html>");
        assertEquals(Reason.UNAVAILABLE, assertThrows(HankoAdminException.class, () -> admin.sessions(USER)).reason());
        down = true;
        HankoAdminException unavailable = assertThrows(HankoAdminException.class, () -> admin.sessions(USER));
        assertEquals(Reason.UNAVAILABLE, unavailable.reason());
        for (HankoAdminException e : List.of(unauthorized, unavailable)) {
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
        }
    }

    @Test
    void idsThatAreNoUuidNeverReachAUrl() {
        for (String id : List.of("../../users", "x/sessions", "", "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10/../x")) {
            assertEquals(Reason.BAD_REQUEST, assertThrows(HankoAdminException.class, () -> admin.sessions(id)).reason());
            assertEquals(Reason.BAD_REQUEST,
                    assertThrows(HankoAdminException.class, () -> admin.revokeSession(USER, id)).reason());
        }
        assertThrows(HankoAdminException.class, () -> admin.sessions(null));
        assertTrue(called.isEmpty(), called.toString());
    }
}
