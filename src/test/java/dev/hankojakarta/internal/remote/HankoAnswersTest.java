package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hankojakarta.HankoEmail;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HankoAnswersTest {

    private static final String OTHER_USER = "9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

    private final String raw = Tokens.session();
    private final SessionToken token = Tokens.parsed(raw);

    private static final Supplier<ValidateSessionResponse> NEVER_READ = () -> {
        throw new AssertionError("the body of this answer must not be read");
    };

    private ValidationOutcome interpret(int status, String json) {
        ValidationOutcome outcome = HankoAnswers.interpret(status, () -> json == null ? null : HankoJson.read(json), token);
        assertFalse(outcome.toString().contains(raw), "the outcome quotes the token: " + outcome);
        return outcome;
    }

    private ValidationOutcome valid(String text, String replacement) {
        return interpret(200, HankoJson.VALID.replace(text, replacement));
    }

    @Test
    void validAnswerIsAValidSession() {
        Valid valid = assertInstanceOf(Valid.class, interpret(200, HankoJson.VALID));
        assertEquals(Tokens.USER_ID, valid.claims().subject());
        assertEquals(Tokens.SESSION_ID, valid.claims().sessionId());
        assertEquals(Tokens.EXPIRATION, valid.claims().expiration());
        assertEquals(Optional.of(new HankoEmail("user@example.com", true, true)), valid.claims().email());
        assertEquals("user", valid.claims().asMap().get("role"));
    }

    @Test
    void validAnswerCarriesTheIdleExpiry() {
        Valid valid = assertInstanceOf(Valid.class, interpret(200, HankoJson.VALID));
        assertEquals(Optional.of(Instant.parse("2026-08-14T18:30:00.123456Z")), valid.idleExpiresAt());
    }

    @Test
    void validAnswerWithoutIdleTimeoutHasNoIdleExpiry() {
        Valid valid = assertInstanceOf(Valid.class,
                valid(",\n  \"idle_expires_at\": \"2026-08-14T18:30:00.123456Z\"", ""));
        assertEquals(Optional.empty(), valid.idleExpiresAt());
    }

    @Test
    void validAnswerWithoutTheDeprecatedUserIdIsStillValid() {
        assertInstanceOf(Valid.class, valid("\"user_id\": \"" + Tokens.USER_ID + "\",", ""));
    }

    @Test
    void isValidFalseIsAnInvalidSession() {
        assertInstanceOf(Invalid.class, interpret(200, HankoJson.INVALID));
    }

    @Test
    void isValidFalseIsInvalidWhateverElseTheAnswerSays() {
        assertInstanceOf(Invalid.class, valid("\"is_valid\": true", "\"is_valid\": false"));
    }

    @Test
    void status400IsAnInvalidToken() {
        assertInstanceOf(Invalid.class, HankoAnswers.interpret(400, NEVER_READ, token));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 415, 429, 500, 502, 503, 504, 302, 301, 201, 204})
    void everyOtherStatusIsAnOutageNeverASuccess(int status) {
        assertInstanceOf(Unavailable.class, HankoAnswers.interpret(status, NEVER_READ, token));
    }

    @Test
    void answerWithoutIsValidIsAnOutage() {
        assertInstanceOf(Unavailable.class, interpret(200, "{}"));
    }

    @Test
    void answerWithIsValidNullIsAnOutage() {
        assertInstanceOf(Unavailable.class, interpret(200, "{\"is_valid\":null,\"user_id\":\"" + Tokens.USER_ID + "\"}"));
    }

    @Test
    void emptyBodyIsAnOutage() {
        assertInstanceOf(Unavailable.class, interpret(200, null));
    }

    @Test
    void isValidTrueWithoutClaimsIsAnOutage() {
        assertInstanceOf(Unavailable.class,
                interpret(200, "{\"is_valid\":true,\"user_id\":\"" + Tokens.USER_ID + "\"}"));
    }

    @Test
    void claimsWithoutSubjectAreAnOutage() {
        assertInstanceOf(Unavailable.class, valid("\"subject\": \"" + Tokens.USER_ID + "\",", ""));
    }

    @Test
    void claimsSubjectOtherThanUserIdIsAnOutage() {
        // A custom template claim named "subject" would overwrite the real one in Hanko's answer.
        assertInstanceOf(Unavailable.class,
                valid("\"user_id\": \"" + Tokens.USER_ID + "\"", "\"user_id\": \"" + OTHER_USER + "\""));
    }

    @Test
    void claimsAboutAnotherUserThanTheTokensIsAnOutage() {
        assertInstanceOf(Unavailable.class,
                valid("\"subject\": \"" + Tokens.USER_ID + "\"", "\"subject\": \"" + OTHER_USER + "\""));
    }

    @Test
    void answerAboutAnotherUserThanTheTokensIsAnOutage() {
        assertInstanceOf(Unavailable.class, interpret(200, HankoJson.VALID.replace(Tokens.USER_ID, OTHER_USER)));
    }

    @Test
    void tokenWithoutSubIsNeverValid() {
        SessionToken withoutSub = Tokens.parsed(Tokens.compact("{\"alg\":\"RS256\"}", "{\"exp\":1}", "c2ln"));
        assertInstanceOf(Unavailable.class,
                HankoAnswers.interpret(200, () -> HankoJson.read(HankoJson.VALID), withoutSub));
    }

    @Test
    void claimOfTheWrongTypeIsAnOutage() {
        assertInstanceOf(Unavailable.class, valid("\"amr\": [\"passkey\"]", "\"amr\": \"passkey\""));
    }

    @Test
    void unreadableExpirationIsAnOutage() {
        assertInstanceOf(Unavailable.class,
                valid("\"expiration\": \"2026-08-15T06:00:00Z\"", "\"expiration\": \"tomorrow\""));
    }
}
