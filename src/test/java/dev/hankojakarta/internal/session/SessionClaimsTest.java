package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.HankoEmail;
import dev.hankojakarta.testing.Tokens;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionClaimsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The {@code claims} object of Hanko's validate answer, plus custom claims of a JWT template. */
    private static final String ANSWER_CLAIMS = """
            {
              "subject": "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10",
              "session_id": "c2e8a4f1-6d3b-4a57-b0e9-1f8d7c6a5e42",
              "expiration": "2026-08-15T06:00:00Z",
              "issued_at": "2026-08-14T18:00:00Z",
              "audience": ["example.com"],
              "issuer": "https://login.example.com",
              "email": {"address": "user@example.com", "is_primary": true, "is_verified": true},
              "username": "jdoe",
              "amr": ["passkey"],
              "role": "user",
              "level": 3,
              "score": 1.5,
              "tenant": {"id": 7, "plan": "pro", "limits": {"ratio": 0.25, "seats": [10, 20]}}
            }""";

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    /** Parsed as the REST client's JSON-B parses it: numbers become BigDecimal, objects maps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String json) {
        return JSONB.fromJson(json, Map.class);
    }

    private static SessionClaims answer() {
        return SessionClaims.fromHankoAnswer(json(ANSWER_CLAIMS));
    }

    private static Map<String, Object> answerWith(String name, String jsonValue) {
        Map<String, Object> claims = new HashMap<>(json(ANSWER_CLAIMS));
        if (jsonValue == null) {
            claims.remove(name);
        } else {
            claims.put(name, json("{\"v\":" + jsonValue + "}").get("v"));
        }
        return claims;
    }

    // --- from Hanko's answer

    @Test
    void subjectBecomesSub() {
        assertEquals(Tokens.USER_ID, answer().subject());
        assertEquals(Tokens.USER_ID, answer().asMap().get("sub"));
        assertFalse(answer().asMap().containsKey("subject"));
    }

    @Test
    void sessionIdIsRead() {
        assertEquals(Tokens.SESSION_ID, answer().sessionId());
        assertEquals(Tokens.SESSION_ID, answer().asMap().get("session_id"));
    }

    @Test
    void expirationBecomesExpInEpochSeconds() {
        assertEquals(Tokens.EXPIRATION, answer().expiration());
        assertEquals(Tokens.EXPIRATION.getEpochSecond(), answer().asMap().get("exp"));
    }

    @Test
    void issuedAtBecomesIatInEpochSeconds() {
        assertEquals(Optional.of(Tokens.ISSUED_AT), answer().issuedAt());
        assertEquals(Tokens.ISSUED_AT.getEpochSecond(), answer().asMap().get("iat"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-08-15T06:00:00Z",
        "2026-08-15T06:00:00.999999Z",
        "2026-08-15T06:00:00.5Z",
        "2026-08-15T08:00:00+02:00",
        "2026-08-15T08:00:00.123456789+02:00",
        "2026-08-14T23:00:00-07:00",
    })
    void timesAcceptFractionsAndOffsets(String expiration) {
        SessionClaims claims = SessionClaims.fromHankoAnswer(answerWith("expiration", "\"" + expiration + "\""));
        assertEquals(Tokens.EXPIRATION, claims.expiration());
    }

    @Test
    void audienceBecomesAud() {
        assertEquals(List.of("example.com"), answer().audience());
        assertEquals(List.of("example.com"), answer().asMap().get("aud"));
    }

    @Test
    void issuerBecomesIss() {
        assertEquals(Optional.of("https://login.example.com"), answer().issuer());
        assertEquals("https://login.example.com", answer().asMap().get("iss"));
    }

    @Test
    void emailIsTyped() {
        assertEquals(Optional.of(new HankoEmail("user@example.com", true, true)), answer().email());
    }

    @Test
    void unverifiedEmailIsReportedAsSuch() {
        SessionClaims claims = SessionClaims.fromHankoAnswer(
                answerWith("email", "{\"address\":\"user@example.com\",\"is_primary\":true,\"is_verified\":false}"));
        assertEquals(Optional.of(new HankoEmail("user@example.com", true, false)), claims.email());
    }

    @Test
    void usernameIsRead() {
        assertEquals(Optional.of("jdoe"), answer().username());
    }

    @Test
    void amrIsRead() {
        assertEquals(List.of("passkey"), answer().amr());
    }

    @Test
    void optionalClaimsMayBeAbsent() {
        Map<String, Object> minimal = json("""
                {"subject":"u","session_id":"s","expiration":"2026-08-15T06:00:00Z"}""");
        SessionClaims claims = SessionClaims.fromHankoAnswer(minimal);
        assertAll(
                () -> assertEquals(Optional.empty(), claims.issuedAt()),
                () -> assertEquals(List.of(), claims.audience()),
                () -> assertEquals(Optional.empty(), claims.issuer()),
                () -> assertEquals(Optional.empty(), claims.email()),
                () -> assertEquals(Optional.empty(), claims.username()),
                () -> assertEquals(List.of(), claims.amr()));
    }

    @Test
    void customStringClaimKeepsItsName() {
        assertEquals("user", answer().asMap().get("role"));
    }

    @Test
    void wholeNumbersBecomeLong() {
        assertEquals(3L, answer().asMap().get("level"));
    }

    @Test
    void decimalNumbersBecomeDouble() {
        assertEquals(1.5d, answer().asMap().get("score"));
    }

    @Test
    void nestedObjectsBecomeMapsOfPlainValues() {
        Map<?, ?> tenant = (Map<?, ?>) answer().asMap().get("tenant");
        Map<?, ?> limits = (Map<?, ?>) tenant.get("limits");
        assertAll(
                () -> assertEquals(7L, tenant.get("id")),
                () -> assertEquals("pro", tenant.get("plan")),
                () -> assertEquals(0.25d, limits.get("ratio")),
                () -> assertEquals(List.of(10L, 20L), limits.get("seats")));
    }

    @Test
    void claimsCannotBeChangedByTheApplication() {
        assertThrows(UnsupportedOperationException.class, () -> answer().asMap().put("sub", "someone else"));
    }

    @ParameterizedTest
    @CsvSource({"subject, sub", "session_id, session_id", "expiration, exp"})
    void requiredClaimMissingIsRefused(String answerName, String jwtName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionClaims.fromHankoAnswer(answerWith(answerName, null)));
        assertTrue(e.getMessage().contains(jwtName), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"subject, sub", "session_id, session_id", "expiration, exp"})
    void requiredClaimNullIsRefused(String answerName, String jwtName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionClaims.fromHankoAnswer(answerWith(answerName, "null")));
        assertTrue(e.getMessage().contains(jwtName), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"subject, sub", "session_id, session_id"})
    void requiredClaimEmptyIsRefused(String answerName, String jwtName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionClaims.fromHankoAnswer(answerWith(answerName, "\"\"")));
        assertTrue(e.getMessage().contains(jwtName), e.getMessage());
    }

    /** Each bad value contains SECRET, which must not reach the message (it would reach the logs). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "subject    | 42                                  | sub",
        "subject    | {\"id\":\"SECRET\"}                 | sub",
        "session_id | [\"SECRET\"]                        | session_id",
        "expiration | \"SECRET\"                          | expiration",
        "expiration | 1786773600                          | expiration",
        "expiration | \"2026-08-15 06:00 SECRET\"         | expiration",
        "issued_at  | \"SECRET\"                          | issued_at",
        "audience   | [\"SECRET\", 1]                     | aud",
        "audience   | {\"SECRET\":1}                      | aud",
        "issuer     | [\"SECRET\"]                        | iss",
        "email      | \"SECRET@example.com\"              | email",
        "email      | {\"address\":[\"SECRET\"]}          | email",
        "email      | {\"is_primary\":true}               | email",
        "username   | {\"SECRET\":true}                   | username",
        "amr        | \"SECRET\"                          | amr",
        "amr        | [\"passkey\", {\"SECRET\":1}]       | amr",
    })
    void wrongTypeIsRefusedNamingTheClaimButNotItsValue(String name, String jsonValue, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionClaims.fromHankoAnswer(answerWith(name, jsonValue)));
        assertAll(
                () -> assertTrue(e.getMessage().contains(named), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("SECRET"), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("1786773600"), e.getMessage()));
    }

    @Test
    void singleAudienceStringIsAccepted() {
        assertEquals(List.of("example.com"),
                SessionClaims.fromHankoAnswer(answerWith("audience", "\"example.com\"")).audience());
    }

    @Test
    void customClaimsOfAnyTypeAreAccepted() {
        Map<String, Object> claims = answerWith("role", "[1, \"a\", null, {\"b\": false}]");
        assertEquals(4, ((List<?>) SessionClaims.fromHankoAnswer(claims).asMap().get("role")).size());
    }

    // --- from a JWT

    private static Map<String, Object> jwt() {
        String raw = Tokens.rs256(Tokens.claims(Tokens.USER_ID)
                .issuer("https://login.example.com")
                .claim("email", Map.of("address", "user@example.com", "is_primary", true, "is_verified", true))
                .claim("username", "jdoe")
                .claim("amr", List.of("passkey"))
                .claim("roles", List.of("admin", "auditor"))
                .build());
        return Tokens.parsed(raw).unverifiedClaims().getClaims();
    }

    @Test
    void jwtClaimsAreReadByTheirJwtNames() {
        SessionClaims claims = SessionClaims.fromJwt(jwt());
        assertAll(
                () -> assertEquals(Tokens.USER_ID, claims.subject()),
                () -> assertEquals(Tokens.SESSION_ID, claims.sessionId()),
                () -> assertEquals(Tokens.EXPIRATION, claims.expiration()),
                () -> assertEquals(Optional.of(Tokens.ISSUED_AT), claims.issuedAt()),
                () -> assertEquals(List.of("example.com"), claims.audience()),
                () -> assertEquals(Optional.of("https://login.example.com"), claims.issuer()),
                () -> assertEquals(Optional.of(new HankoEmail("user@example.com", true, true)), claims.email()),
                () -> assertEquals(Optional.of("jdoe"), claims.username()),
                () -> assertEquals(List.of("passkey"), claims.amr()),
                () -> assertEquals(List.of("admin", "auditor"), claims.asMap().get("roles")));
    }

    @Test
    void jwtTimesMayBeEpochSeconds() {
        Map<String, Object> claims = new HashMap<>(jwt());
        claims.put("exp", Tokens.EXPIRATION.getEpochSecond());
        assertEquals(Tokens.EXPIRATION, SessionClaims.fromJwt(claims).expiration());
    }

    @Test
    void jwtTimesMayBeDates() {
        Map<String, Object> claims = new HashMap<>(jwt());
        claims.put("exp", Date.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), SessionClaims.fromJwt(claims).expiration());
    }

    @ParameterizedTest
    @CsvSource({"sub", "session_id", "exp"})
    void jwtWithoutRequiredClaimIsRefused(String name) {
        Map<String, Object> claims = new HashMap<>(jwt());
        claims.remove(name);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionClaims.fromJwt(claims));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"exp", "iat"})
    void jwtTimeThatIsNotANumericDateIsRefused(String name) {
        Map<String, Object> claims = new HashMap<>(jwt());
        claims.put(name, "SECRET");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionClaims.fromJwt(claims));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }
}
