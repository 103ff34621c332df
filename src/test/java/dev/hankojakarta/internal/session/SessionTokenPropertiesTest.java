package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.hankojakarta.testing.Gen;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Seeded;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The shape checks of the README's "Where the token comes from" on arbitrary strings and on damaged real tokens: accepted (and then at most 8 KiB,
 * three base64url segments, RS256) or refused with a fixed reason, never another exception. Seeded: every run tries the
 * same inputs.
 */
class SessionTokenPropertiesTest {

    private static final String TOKEN = Tokens.session();
    private static final String[] SEGMENTS = TOKEN.split("\\.");
    private static final String HEADER = decode(SEGMENTS[0]);
    private static final String PAYLOAD = decode(SEGMENTS[1]);
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void theRealTokenIsAccepted() {
        assertNotNull(SessionTokenInvariants.check(TOKEN));
    }

    @Test
    void anyStringIsAcceptedOrRefusedAsMalformed() {
        Seeded.check(Seeded.SEED, 400, anyStrings(), SessionTokenInvariants::check);
    }

    @Test
    void damagedTokensAreAcceptedOrRefusedAsMalformed() {
        Seeded.check(Seeded.SEED, 400, Mutations.textual(TOKEN, ".", "..", "=", "+", "/", " ", "%2E"),
                SessionTokenInvariants::check);
    }

    @Test
    void tokensWithDamagedHeaderOrPayloadAreAcceptedOrRefusedAsMalformed() {
        Seeded.check(Seeded.SEED, 600, damagedSegments(), SessionTokenInvariants::check);
    }

    private static Gen<String> anyStrings() {
        return Gen.oneOf(
                Gen.strings(300),
                Gen.strings(BASE64URL + "..", 300),
                // around the 8 KiB limit
                Gen.integers(SessionToken.MAX_LENGTH - 4, SessionToken.MAX_LENGTH + 4)
                        .map(n -> "a".repeat(n - 4) + ".b.c"));
    }

    /** A header, payload and signature of which one or more are damaged before encoding. */
    private static Gen<String> damagedSegments() {
        Gen<String> header = Gen.frequency(
                Gen.weighted(1, Gen.just(HEADER)),
                Gen.weighted(3, Mutations.of(HEADER, "RS256", "none", "HS256", "RS384", "alg", "kid", "crit", "b64",
                        "jwk", "jku", "x5u", "x5c", "typ", "JWT", "cty", "zip", "DEF", "enc", "A128GCM")));
        Gen<String> payload = Gen.frequency(
                Gen.weighted(1, Gen.just(PAYLOAD)),
                Gen.weighted(3, Mutations.of(PAYLOAD, "sub", "exp", "iat", "nbf", "aud", "session_id",
                        Tokens.USER_ID)));
        Gen<String> signature = Gen.oneOf(Gen.just(SEGMENTS[2]), Mutations.textual(SEGMENTS[2]));
        return random -> Tokens.b64(header.next(random)) + "." + Tokens.b64(payload.next(random)) + "."
                + signature.next(random);
    }

    private static String decode(String segment) {
        return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
    }
}
