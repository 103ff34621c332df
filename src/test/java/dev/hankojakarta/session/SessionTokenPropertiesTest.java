package dev.hankojakarta.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shape checks of CONTRACT §3 on arbitrary strings and on damaged real tokens: accepted (and then at most 8 KiB,
 * three base64url segments, RS256) or refused with a fixed reason, never another exception. Seeded: every run tries the
 * same inputs.
 */
class SessionTokenPropertiesTest {

    static final String SEED = "20261127";

    private static final String TOKEN = Tokens.session();
    private static final String[] SEGMENTS = TOKEN.split("\\.");
    private static final String HEADER = decode(SEGMENTS[0]);
    private static final String PAYLOAD = decode(SEGMENTS[1]);
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Example
    void theRealTokenIsAccepted() {
        assertNotNull(SessionTokenInvariants.check(TOKEN));
    }

    @Property(seed = SEED, tries = 400)
    void anyStringIsAcceptedOrRefusedAsMalformed(@ForAll("anyStrings") String raw) {
        SessionTokenInvariants.check(raw);
    }

    @Property(seed = SEED, tries = 400)
    void damagedTokensAreAcceptedOrRefusedAsMalformed(@ForAll("damagedTokens") String raw) {
        SessionTokenInvariants.check(raw);
    }

    @Property(seed = SEED, tries = 600)
    void tokensWithDamagedHeaderOrPayloadAreAcceptedOrRefusedAsMalformed(
            @ForAll("damagedSegments") String raw) {
        SessionTokenInvariants.check(raw);
    }

    @Provide
    Arbitrary<String> anyStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars(BASE64URL + "..").ofMaxLength(300),
                // around the 8 KiB limit
                Arbitraries.integers().between(SessionToken.MAX_LENGTH - 4, SessionToken.MAX_LENGTH + 4)
                        .map(n -> "a".repeat(n - 4) + ".b.c"));
    }

    @Provide
    Arbitrary<String> damagedTokens() {
        return Mutations.textual(TOKEN, ".", "..", "=", "+", "/", " ", "%2E");
    }

    /** A header, payload and signature of which one or more are damaged before encoding. */
    @Provide
    Arbitrary<String> damagedSegments() {
        Arbitrary<String> header = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(HEADER)),
                net.jqwik.api.Tuple.of(3, Mutations.of(HEADER, "RS256", "none", "HS256", "RS384", "alg", "kid", "crit",
                        "b64", "jwk", "jku", "x5u", "x5c", "typ", "JWT", "cty", "zip", "DEF", "enc", "A128GCM")));
        Arbitrary<String> payload = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(PAYLOAD)),
                net.jqwik.api.Tuple.of(3, Mutations.of(PAYLOAD, "sub", "exp", "iat", "nbf", "aud", "session_id",
                        Tokens.USER_ID)));
        Arbitrary<String> signature = Arbitraries.oneOf(Arbitraries.just(SEGMENTS[2]),
                Mutations.textual(SEGMENTS[2]));
        return Combinators.combine(header, payload, signature)
                .as((h, p, s) -> Tokens.b64(h) + "." + Tokens.b64(p) + "." + s);
    }

    private static String decode(String segment) {
        return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
    }
}
