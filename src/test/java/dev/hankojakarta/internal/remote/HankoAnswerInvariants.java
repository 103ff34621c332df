package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.LogCapture;
import dev.hankojakarta.testing.Tokens;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * What holds for every answer Hanko could give to {@code POST /sessions/validate} (README: "What callers get"): the validator never
 * throws; it says Valid only for HTTP 200, a JSON content type, {@code "is_valid": true} and usable claims about the
 * presented token's {@code sub}; 400 is Invalid, any other status but 200 Unavailable; neither the outcome nor the log
 * quotes the token; the answer is closed. Shared by the property tests and the fuzz targets.
 *
 * <p>One validator serves every check, as one serves every request of an application.
 */
final class HankoAnswerInvariants implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-14T19:00:00Z"), ZoneOffset.UTC);

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final AtomicReference<StubResponse> answer = new AtomicReference<>();
    private final HankoHttp http = HankoHttp.create(Duration.ofSeconds(10));
    private final RemoteSessionValidator validator = new RemoteSessionValidator(HankoJson.JSONB, request -> answer.get(), http,
            "https://hanko.test/sessions/validate", CLOCK);
    private final LogCapture logs = LogCapture.of("dev.hankojakarta");

    ValidationOutcome check(String rawToken, int status, String contentType, byte[] body) {
        SessionToken token = Tokens.parsed(rawToken);
        StubResponse stub = StubResponse.bytes(status, contentType, body);
        answer.set(stub);
        logs.clear();

        ValidationOutcome outcome = validator.validate(token);

        assertNotNull(outcome);
        assertTrue(stub.closed, "the answer was left open");
        assertFalse(outcome.toString().contains(rawToken), "the outcome quotes the token");
        for (String message : logs.messages()) {
            assertFalse(message != null && message.contains(rawToken), "the log quotes the token");
        }
        if (status == 400) {
            // Hanko's 400 is a token it refused; a 400 in another shape comes from something in between.
            Class<? extends ValidationOutcome> expected = hankoError(contentType, body) ? Invalid.class : Unavailable.class;
            assertInstanceOf(expected, outcome, "HTTP 400 with " + contentType);
        } else if (status != 200) {
            assertInstanceOf(Unavailable.class, outcome, "HTTP " + status + " is an outage");
        } else if (!isJson(contentType)) {
            assertInstanceOf(Unavailable.class, outcome, "an answer that is not JSON is an outage");
        }
        if (outcome instanceof Valid valid) {
            String subject = token.unverifiedClaims().getSubject();
            assertEquals(subject, valid.claims().subject(), "valid for another user than the token's");
            // Read the answer again, here: only is_valid true with claims about the token's sub is a success.
            ValidateSessionResponse read = JSONB.fromJson(new ByteArrayInputStream(body),
                    ValidateSessionResponse.class);
            assertEquals(Boolean.TRUE, read.isValid(), "valid without is_valid true");
            Map<String, Object> claims = read.claims();
            assertNotNull(claims, "valid without claims");
            assertEquals(subject, claims.get("subject"), "valid with claims about someone else");
            assertTrue(read.userId() == null || read.userId().equals(subject), "valid with user_id of someone else");
        }
        return outcome;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    @Override
    public void close() {
        logs.close();
        http.close();
    }

    /** Hanko's error shape, read here with JSON-P on its own: {"code":400,"message":"..."} as application/json. */
    private static boolean hankoError(String contentType, byte[] body) {
        if (!isJson(contentType)) {
            return false;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new ByteArrayInputStream(body))) {
            jakarta.json.JsonObject error = reader.readObject();
            return error.get("code") instanceof jakarta.json.JsonNumber code && code.isIntegral()
                    && code.intValue() == 400 && error.get("message") instanceof jakarta.json.JsonString;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
