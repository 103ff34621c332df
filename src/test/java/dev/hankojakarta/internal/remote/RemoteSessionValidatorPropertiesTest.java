package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;

import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Gen;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Seeded;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Hanko's answers, real and damaged, with any status and content type: Valid only for HTTP 200, JSON,
 * {@code "is_valid": true} and usable claims about the presented token; otherwise Invalid or Unavailable, never an
 * exception, never the token in the outcome or the log. Seeded.
 */
class RemoteSessionValidatorPropertiesTest {

    private static final String TOKEN = Tokens.session();
    private static final String OTHER_USER = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String OTHER_TOKEN = Tokens.session(OTHER_USER);
    private static final HankoAnswerInvariants INVARIANTS = new HankoAnswerInvariants();

    /** A presented token and Hanko's answer to it. */
    private record Exchange(String token, int status, String contentType, byte[] body) {
        @Override
        public String toString() {
            return (token.equals(TOKEN) ? "the token of " + Tokens.USER_ID : "the token of " + OTHER_USER)
                    + ", HTTP " + status + ", Content-Type " + Seeded.describe(contentType)
                    + ", body " + Seeded.describe(body);
        }
    }

    @AfterAll
    static void close() {
        INVARIANTS.close();
    }

    @Test
    void theRealAnswerIsValid() {
        assertInstanceOf(Valid.class, INVARIANTS.check(TOKEN, 200, "application/json", utf8(HankoJson.VALID)));
    }

    @Test
    void damagedAnswersAreNeverValidForTheWrongReasons() {
        Seeded.check(Seeded.SEED, 600, exchanges(damagedAnswers().map(RemoteSessionValidatorPropertiesTest::utf8)),
                RemoteSessionValidatorPropertiesTest::check);
    }

    @Test
    void arbitraryBytesAreNeverValid() {
        Seeded.check(Seeded.SEED, 300, exchanges(bodies()), RemoteSessionValidatorPropertiesTest::check);
    }

    private static void check(Exchange exchange) {
        INVARIANTS.check(exchange.token(), exchange.status(), exchange.contentType(), exchange.body());
    }

    private static Gen<Exchange> exchanges(Gen<byte[]> bodies) {
        Gen<String> tokens = Gen.frequency(Gen.weighted(4, Gen.just(TOKEN)), Gen.weighted(1, Gen.just(OTHER_TOKEN)));
        Gen<Integer> statuses = statuses();
        Gen<String> contentTypes = contentTypes();
        return random -> new Exchange(tokens.next(random), statuses.next(random), contentTypes.next(random),
                bodies.next(random));
    }

    private static Gen<Integer> statuses() {
        return Gen.frequency(
                Gen.weighted(12, Gen.just(200)),
                Gen.weighted(2, Gen.of(400, 201, 204, 301, 302, 401, 403, 404, 429, 500, 502, 503, 504)),
                Gen.weighted(1, Gen.integers()));
    }

    private static Gen<String> contentTypes() {
        return Gen.frequency(
                Gen.weighted(10, Gen.of("application/json", "application/json; charset=UTF-8",
                        "APPLICATION/JSON;charset=utf-8")),
                Gen.weighted(2, Gen.of("text/html", "text/plain", "application/problem+json", "application/xml", "",
                        " application/json", "application/jsonp", "application/json; charset=ISO-8859-1",
                        "application/json; charset=UTF-16")),
                Gen.weighted(1, Gen.just(null)),
                Gen.weighted(1, Gen.strings(40)));
    }

    private static Gen<String> damagedAnswers() {
        String[] interesting = {Tokens.USER_ID, OTHER_USER, Tokens.SESSION_ID, "is_valid", "claims", "subject",
            "user_id", "session_id", "expiration", "issued_at", "idle_expires_at", "audience", "email", "address",
            "amr", "username", "issuer"};
        return Gen.frequency(
                Gen.weighted(1, Gen.of(HankoJson.VALID, HankoJson.INVALID,
                        HankoJson.VALID.replace(Tokens.USER_ID, OTHER_USER))),
                Gen.weighted(8, Mutations.of(HankoJson.VALID, interesting)),
                Gen.weighted(2, Mutations.of(HankoJson.INVALID, interesting)),
                Gen.weighted(1, Gen.strings(200)));
    }

    private static Gen<byte[]> bodies() {
        return Gen.oneOf(
                Gen.bytes(300),
                Mutations.textual(HankoJson.VALID).map(RemoteSessionValidatorPropertiesTest::utf8)
                        .map(RemoteSessionValidatorPropertiesTest::flipSomeBytes));
    }

    /** Invalid UTF-8 where the text had é, \u0000 or a surrogate. */
    private static byte[] flipSomeBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i += 97) {
            copy[i] = (byte) (copy[i] ^ 0x80);
        }
        return copy;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
