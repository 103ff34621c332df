package dev.hankojakarta.remote;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;

import dev.hankojakarta.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hanko's answers, real and damaged, with any status and content type: Valid only for HTTP 200, JSON,
 * {@code "is_valid": true} and usable claims about the presented token; otherwise Invalid or Unavailable, never an
 * exception, never the token in the outcome or the log. Seeded.
 */
class RemoteSessionValidatorPropertiesTest {

    private static final String SEED = "20261127";
    private static final String TOKEN = Tokens.session();
    private static final String OTHER_USER = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String OTHER_TOKEN = Tokens.session(OTHER_USER);
    private static final HankoAnswerInvariants INVARIANTS = new HankoAnswerInvariants();

    @AfterContainer
    static void close() {
        INVARIANTS.close();
    }

    @Example
    void theRealAnswerIsValid() {
        assertInstanceOf(Valid.class, INVARIANTS.check(TOKEN, 200, "application/json", utf8(HankoJson.VALID)));
    }

    @Property(seed = SEED, tries = 600)
    void damagedAnswersAreNeverValidForTheWrongReasons(@ForAll("tokens") String token, @ForAll("statuses") int status,
            @ForAll("contentTypes") String contentType, @ForAll("damagedAnswers") String body) {
        INVARIANTS.check(token, status, contentType, utf8(body));
    }

    @Property(seed = SEED, tries = 300)
    void arbitraryBytesAreNeverValid(@ForAll("tokens") String token, @ForAll("statuses") int status,
            @ForAll("contentTypes") String contentType, @ForAll("bodies") byte[] body) {
        INVARIANTS.check(token, status, contentType, body);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(TOKEN)), Tuple.of(1, Arbitraries.just(OTHER_TOKEN)));
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(200)),
                Tuple.of(2, Arbitraries.of(400, 201, 204, 301, 302, 401, 403, 404, 429, 500, 502, 503, 504)),
                Tuple.of(1, Arbitraries.integers()));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of("application/json", "application/json; charset=UTF-8",
                        "APPLICATION/JSON;charset=utf-8")),
                Tuple.of(2, Arbitraries.of("text/html", "text/plain", "application/problem+json", "application/xml",
                        "", " application/json", "application/jsonp", "application/json; charset=ISO-8859-1",
                        "application/json; charset=UTF-16")),
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)));
    }

    @Provide
    Arbitrary<String> damagedAnswers() {
        String[] interesting = {Tokens.USER_ID, OTHER_USER, Tokens.SESSION_ID, "is_valid", "claims", "subject",
            "user_id", "session_id", "expiration", "issued_at", "idle_expires_at", "audience", "email", "address",
            "amr", "username", "issuer"};
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(HankoJson.VALID, HankoJson.INVALID, HankoJson.VALID.replace(Tokens.USER_ID,
                        OTHER_USER))),
                Tuple.of(8, Mutations.of(HankoJson.VALID, interesting)),
                Tuple.of(2, Mutations.of(HankoJson.INVALID, interesting)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
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
