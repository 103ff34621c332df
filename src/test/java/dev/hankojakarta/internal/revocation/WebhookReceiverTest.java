package dev.hankojakarta.internal.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.hankojakarta.HankoRevocation;
import dev.hankojakarta.internal.jwks.JwksCache;
import dev.hankojakarta.internal.revocation.WebhookReceiver.Verdict;
import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.testing.FakeTime;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private static final String SESSION = Tokens.SESSION_ID;
    private static final String USER = Tokens.USER_ID;
    private static final String LOGOUT = "session.delete.explicit.logout";

    private final FakeTime time = new FakeTime();
    /** Hanko's JWKS endpoint, up unless a test takes it down. */
    private volatile boolean hankoDown;
    private final JwksCache keys = new JwksCache(() -> {
        if (hankoDown) {
            throw new IllegalStateException("HTTP 503");
        }
        return Tokens.publicJwks();
    }, time.clock(), "https://hanko.test/.well-known/jwks.json");
    private final Revocations revocations = new Revocations(time.clock(), time.ticker());
    private final List<Predicate<SessionClaims>> evictions = new ArrayList<>();

    private WebhookReceiver receiver(Optional<String> audience) {
        return new WebhookReceiver(keys, revocations, evictions::add, time.clock(), Duration.ZERO, audience);
    }

    private final WebhookReceiver receiver = receiver(Optional.empty());

    private static JWTClaimsSet.Builder webhook(String event, Map<String, Object> data) {
        Instant now = FakeTime.START;
        return new JWTClaimsSet.Builder().subject("hanko webhooks").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).audience(List.of("example.com"))
                .claim("evt", event).claim("data", data);
    }

    private static Map<String, Object> session(String id, String userId) {
        return Map.of("id", id, "user_id", userId, "user_agent", "curl", "created_at", "2026-08-14T18:00:00Z",
                "updated_at", "2026-08-14T18:00:00Z", "expires_at", "2026-08-15T06:00:00.123456Z",
                "last_used", "2026-08-14T18:30:00Z");
    }

    private static byte[] body(String token, String event) {
        return JSONObjectUtils.toJSONString(Map.of("token", token, "event", event)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] delivery(String event, Map<String, Object> data) {
        return body(Tokens.rs256(webhook(event, data).build()), event);
    }

    private static SessionClaims claims(String userId, String sessionId) {
        return SessionClaims.fromJwt(Tokens.claims(userId).claim("session_id", sessionId).build().toJSONObject());
    }

    @Test
    void aLogoutRevokesTheSessionAndTellsTheApplication() {
        WebhookReceiver.Result result = receiver.receive(delivery(LOGOUT, session(SESSION, USER)));
        assertEquals(Verdict.APPLIED, result.verdict());
        assertEquals(204, result.verdict().status);
        assertTrue(revocations.refuses(claims(USER, SESSION)));
        assertFalse(revocations.refuses(claims(USER, UUID.randomUUID().toString())), "another session of the user");
        HankoRevocation told = result.revocation().orElseThrow();
        assertEquals(HankoRevocation.Kind.SESSION, told.kind());
        assertEquals(LOGOUT, told.event());
        assertEquals(USER, told.userId());
        assertEquals(Optional.of(SESSION), told.sessionId());
        assertEquals(1, evictions.size());
        assertTrue(evictions.get(0).test(claims(USER, SESSION)));
        assertFalse(evictions.get(0).test(claims(USER, UUID.randomUUID().toString())));
    }

    @Test
    void everySessionDeleteEventRevokesIncludingOnesHankoAddsLater() {
        for (String event : List.of("session.delete.explicit.revoke", "session.delete.admin.revoke",
                "session.delete.passive.expire", "session.delete.passive.limit", "session.delete.future.kind")) {
            String id = UUID.randomUUID().toString();
            assertEquals(Verdict.APPLIED, receiver.receive(delivery(event, session(id, USER))).verdict(), event);
            assertTrue(revocations.refuses(claims(USER, id)), event);
        }
    }

    @Test
    void aRepeatedDeliveryIsAcceptedAndTellsNothingTwice() {
        receiver.receive(delivery(LOGOUT, session(SESSION, USER)));
        WebhookReceiver.Result again = receiver.receive(delivery(LOGOUT, session(SESSION, USER)));
        assertEquals(Verdict.IGNORED, again.verdict());
        assertEquals(204, again.verdict().status);
        assertEquals(Optional.empty(), again.revocation());
    }

    @Test
    void theTombstoneLastsUntilTheSessionWouldHaveExpired() {
        receiver.receive(delivery(LOGOUT, session(SESSION, USER)));
        time.advance(Duration.ofHours(10)); // 05:00, the session expires at 06:00
        assertTrue(revocations.refuses(claims(USER, SESSION)));
        time.advance(Duration.ofHours(2));
        assertFalse(revocations.refuses(claims(USER, SESSION)), "kept beyond the session's expiry");
    }

    @Test
    void aDeletedUserLosesEverySession() {
        WebhookReceiver.Result result = receiver.receive(delivery("user.delete", Map.of("id", USER, "emails", List.of())));
        assertEquals(Verdict.APPLIED, result.verdict());
        assertTrue(revocations.refuses(claims(USER, SESSION)));
        assertTrue(revocations.refuses(claims(USER, UUID.randomUUID().toString())));
        assertFalse(revocations.refuses(claims(UUID.randomUUID().toString(), UUID.randomUUID().toString())));
        assertEquals(HankoRevocation.Kind.USER, result.revocation().orElseThrow().kind());
        assertEquals(Optional.empty(), result.revocation().orElseThrow().sessionId());
    }

    @Test
    void anUpdatedUserIsDroppedFromTheCacheButNotRefused() {
        assertEquals(Verdict.APPLIED, receiver.receive(delivery("user.update.email", Map.of("id", USER))).verdict());
        assertFalse(revocations.refuses(claims(USER, SESSION)));
        assertTrue(evictions.get(0).test(claims(USER, SESSION)));
    }

    @Test
    void otherEventsAreAcceptedAndIgnored() {
        for (String event : List.of("session.create.flow", "user.create", "email.send")) {
            WebhookReceiver.Result result = receiver.receive(delivery(event, Map.of("id", USER)));
            assertEquals(Verdict.IGNORED, result.verdict(), event);
        }
        assertFalse(revocations.refuses(claims(USER, SESSION)));
        assertTrue(evictions.isEmpty());
    }

    // --- refused: nothing evicted, nothing revoked

    private void assertRefused(Verdict expected, byte[] body) {
        WebhookReceiver.Result result = receiver.receive(body);
        assertEquals(expected, result.verdict(), result.reason());
        assertFalse(revocations.refuses(claims(USER, SESSION)));
        assertTrue(evictions.isEmpty());
        assertEquals(Optional.empty(), result.revocation());
    }

    @Test
    void aForgedSignatureIsRefused() {
        RSAKey stranger = Tokens.newKey(Tokens.KEY_ID); // the right kid, the wrong key
        assertRefused(Verdict.REFUSED, body(Tokens.signedBy(stranger, webhook(LOGOUT, session(SESSION, USER)).build()),
                LOGOUT));
    }

    @Test
    void anExpiredWebhookIsRefused() {
        byte[] body = delivery(LOGOUT, session(SESSION, USER));
        time.advance(Duration.ofMinutes(6));
        assertRefused(Verdict.REFUSED, body);
    }

    @Test
    void aSessionTokenIsNeverAWebhook() {
        assertRefused(Verdict.REFUSED, body(Tokens.session(), LOGOUT));
        assertRefused(Verdict.REFUSED, body(Tokens.rs256(Tokens.claims(USER).claim("evt", LOGOUT)
                .claim("data", session(SESSION, USER)).build()), LOGOUT));
    }

    @Test
    void aWebhookTokenIsNeverASession() {
        String token = Tokens.rs256(webhook(LOGOUT, session(SESSION, USER)).build());
        ValidationOutcome outcome = new dev.hankojakarta.internal.jwks.LocalSessionValidator(keys, time.clock(),
                Duration.ZERO, Optional.empty(), Optional.empty()).validate(Tokens.parsed(token));
        assertInstanceOf(ValidationOutcome.Invalid.class, outcome);
    }

    @Test
    void anEventThatIsNotTheTokensIsRefused() {
        assertRefused(Verdict.REFUSED, body(Tokens.rs256(webhook("user.update", session(SESSION, USER)).build()),
                LOGOUT));
    }

    @Test
    void anotherAudienceIsRefusedWhenOneIsConfigured() {
        WebhookReceiver strict = receiver(Optional.of("app.example.org"));
        WebhookReceiver.Result result = strict.receive(delivery(LOGOUT, session(SESSION, USER)));
        assertEquals(Verdict.REFUSED, result.verdict());
        assertFalse(revocations.refuses(claims(USER, SESSION)));
        WebhookReceiver.Result ok = receiver(Optional.of("example.com")).receive(delivery(LOGOUT, session(SESSION, USER)));
        assertEquals(Verdict.APPLIED, ok.verdict());
    }

    @Test
    void anotherAlgorithmIsRefused() {
        assertRefused(Verdict.REFUSED, body(Tokens.sign(webhook(LOGOUT, session(SESSION, USER)).build(),
                JWSAlgorithm.PS256), LOGOUT));
    }

    @Test
    void malformedBodiesAre400() {
        for (String body : List.of("", "not json", "[]", "{}", "{\"token\":\"x\"}", "{\"event\":\"x\"}",
                "{\"token\":1,\"event\":\"x\"}", "{\"token\":\"\",\"event\":\"\"}")) {
            assertRefused(Verdict.MALFORMED, body.getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(Verdict.MALFORMED, delivery(LOGOUT, Map.of("id", "not-a-uuid")));
        assertRefused(Verdict.REFUSED, body("not.a.jwt", LOGOUT));
    }

    @Test
    void withoutHankosKeysNothingCanBeChecked() {
        hankoDown = true;
        assertRefused(Verdict.UNAVAILABLE, delivery(LOGOUT, session(SESSION, USER)));
    }

    @Test
    void theReasonsQuoteNothingOfTheDelivery() {
        byte[] forged = body(Tokens.signedBy(Tokens.newKey(Tokens.KEY_ID), webhook(LOGOUT, session(SESSION, USER))
                .build()), LOGOUT);
        String reason = receiver.receive(forged).reason();
        assertFalse(reason.contains(SESSION) || reason.contains(USER) || reason.contains("eyJ"), reason);
    }

    // --- the validator in front

    @Test
    void aRevokedSessionIsInvalidWhereverTheAnswerCameFrom() {
        ValidationOutcome valid = new ValidationOutcome.Valid(claims(USER, SESSION), Optional.empty());
        SessionValidator cachedOrLocal = token -> valid;
        RevokingValidator validator = new RevokingValidator(cachedOrLocal, revocations);
        assertEquals(valid, validator.validate(Tokens.parsed(Tokens.session())));
        receiver.receive(delivery(LOGOUT, session(SESSION, USER)));
        assertInstanceOf(ValidationOutcome.Invalid.class, validator.validate(Tokens.parsed(Tokens.session())));
    }

    @Test
    void anyExpiresAtIsTakenWithoutFailing() {
        for (String expiresAt : List.of("0001-01-01T00:00:00Z", "2500-01-01T00:00:00Z", "not a time")) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> data = new java.util.HashMap<>(session(id, USER));
            data.put("expires_at", expiresAt);
            assertEquals(Verdict.APPLIED, receiver.receive(delivery(LOGOUT, data)).verdict(), expiresAt);
        }
        String far = UUID.randomUUID().toString();
        Map<String, Object> data = new java.util.HashMap<>(session(far, USER));
        data.put("expires_at", "2500-01-01T00:00:00Z");
        receiver.receive(delivery(LOGOUT, data));
        time.advance(Duration.ofDays(400)); // beyond 30 days: a long session lifetime is honoured
        assertTrue(revocations.refuses(claims(USER, far)));
    }

    @Test
    void idsMatchWhateverTheirCase() {
        receiver.receive(delivery(LOGOUT, session(SESSION.toUpperCase(java.util.Locale.ROOT), USER)));
        assertTrue(revocations.refuses(claims(USER, SESSION)));
    }
}
