package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class ValidateSessionResponseTest {

    @Test
    void fullValidAnswerIsRead() {
        ValidateSessionResponse answer = HankoJson.read(HankoJson.VALID);
        assertAll(
                () -> assertEquals(Boolean.TRUE, answer.isValid()),
                () -> assertEquals(Tokens.USER_ID, answer.userId()),
                () -> assertEquals(Tokens.EXPIRATION, answer.expirationTime().toInstant()),
                () -> assertEquals(Instant.parse("2026-08-14T18:30:00.123456Z"), answer.idleExpiresAt().toInstant()));
    }

    @Test
    void claimsAreReadAsAMapWithEveryField() {
        Map<String, Object> claims = HankoJson.read(HankoJson.VALID).claims();
        assertAll(
                () -> assertEquals(Tokens.USER_ID, claims.get("subject")),
                () -> assertEquals(Tokens.SESSION_ID, claims.get("session_id")),
                () -> assertEquals("2026-08-15T06:00:00Z", claims.get("expiration")),
                () -> assertEquals("2026-08-14T18:00:00Z", claims.get("issued_at")),
                () -> assertEquals(List.of("example.com"), claims.get("audience")),
                () -> assertEquals("https://login.example.com", claims.get("issuer")),
                () -> assertEquals(Map.of("address", "user@example.com", "is_primary", true, "is_verified", true),
                        claims.get("email")),
                () -> assertEquals("jdoe", claims.get("username")),
                () -> assertEquals(List.of("passkey"), claims.get("amr")),
                () -> assertEquals("user", claims.get("role")));
    }

    @Test
    void invalidAnswerHasOnlyIsValidFalse() {
        ValidateSessionResponse answer = HankoJson.read(HankoJson.INVALID);
        assertAll(
                () -> assertEquals(Boolean.FALSE, answer.isValid()),
                () -> assertNull(answer.claims()),
                () -> assertNull(answer.expirationTime()),
                () -> assertNull(answer.userId()),
                () -> assertNull(answer.idleExpiresAt()));
    }

    @Test
    void missingIsValidIsNullNotFalse() {
        assertNull(HankoJson.read("{}").isValid());
    }

    @Test
    void unknownTopLevelFieldsAreIgnored() {
        ValidateSessionResponse answer = HankoJson.read(HankoJson.VALID.replace("\"is_valid\": true,",
                "\"is_valid\": true, \"added_in_v9\": {\"x\": [1, 2]}, \"tenant_id\": \"t\","));
        assertEquals(Boolean.TRUE, answer.isValid());
        assertEquals(Tokens.USER_ID, answer.userId());
    }

    @Test
    void idleExpiryKeepsMicroseconds() {
        assertEquals(123_456_000, HankoJson.read(HankoJson.VALID).idleExpiresAt().getNano());
    }

    @Test
    void idleExpiryAcceptsAnOffset() {
        OffsetDateTime idle = HankoJson.validWith("2026-08-14T18:30:00.123456Z", "2026-08-14T20:30:00.123456+02:00")
                .idleExpiresAt();
        assertEquals(Instant.parse("2026-08-14T18:30:00.123456Z"), idle.toInstant());
    }

    @Test
    void idleExpiryWithoutFractionIsRead() {
        OffsetDateTime idle = HankoJson.validWith("2026-08-14T18:30:00.123456Z", "2026-08-14T18:30:00Z")
                .idleExpiresAt();
        assertEquals(Instant.parse("2026-08-14T18:30:00Z"), idle.toInstant());
    }

    @Test
    void answerWithoutIdleExpiryIsRead() {
        ValidateSessionResponse answer = HankoJson.validWith(",\n  \"idle_expires_at\": \"2026-08-14T18:30:00.123456Z\"", "");
        assertEquals(Boolean.TRUE, answer.isValid());
        assertNull(answer.idleExpiresAt());
    }
}
