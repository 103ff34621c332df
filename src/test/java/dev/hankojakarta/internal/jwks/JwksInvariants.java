package dev.hankojakarta.internal.jwks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.LogCapture;
import dev.hankojakarta.testing.Tokens;

/**
 * What holds for every JWKS document Hanko could serve: {@link JwksCache#find} and
 * {@link LocalSessionValidator#validate} never throw, and a token signed by the test key verifies only if the document
 * still holds that key under the token's {@code kid}; neither the outcome nor the log quotes the token. Shared by the
 * property tests and the fuzz targets.
 */
final class JwksInvariants implements AutoCloseable {

    /** Between the test tokens' iat and exp. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-14T19:00:00Z"), ZoneOffset.UTC);

    private static final RSAKey REAL = Tokens.publicKey();

    private final LogCapture logs = LogCapture.of("dev.hankojakarta");

    /**
     * Checks one document, fetched afresh by a new cache.
     *
     * @param kid another {@code kid} to look up, or null
     */
    ValidationOutcome check(String document, String rawToken, String kid) {
        logs.clear();
        JwksCache keys = new JwksCache(() -> document, CLOCK, "https://hanko.test/.well-known/jwks.json");
        SessionToken token = Tokens.parsed(rawToken);

        if (kid != null) {
            JwksCache.Lookup lookup = keys.find(kid);
            assertNotNull(lookup);
            if (lookup instanceof JwksCache.Lookup.Found) {
                assertTrue(holdsKeyWithId(document, kid), "found a kid the document does not have");
            }
        }
        ValidationOutcome outcome = new LocalSessionValidator(keys, CLOCK, Duration.ZERO, Optional.empty(),
                Optional.empty()).validate(token);

        assertNotNull(outcome);
        assertFalse(outcome.toString().contains(rawToken), "the outcome quotes the token");
        for (String message : logs.messages()) {
            assertFalse(message != null && message.contains(rawToken), "the log quotes the token");
        }
        if (outcome instanceof Valid valid) {
            String tokenKid = token.jwt().getHeader().getKeyID();
            assertEquals(Tokens.keyId(), tokenKid, "valid, but not signed by the test key");
            assertTrue(holdsRealKey(document, tokenKid), "valid, but the document no longer holds the key");
            assertEquals(token.unverifiedClaims().getSubject(), valid.claims().subject());
        }
        return outcome;
    }

    /** The test key's modulus and exponent under {@code kid}, read again here. */
    private static boolean holdsRealKey(String document, String kid) {
        try {
            for (JWK key : JWKSet.parse(document).getKeys()) {
                if (key instanceof RSAKey rsa && kid.equals(key.getKeyID())
                        && REAL.getModulus().decodeToBigInteger().equals(rsa.getModulus().decodeToBigInteger())
                        && REAL.getPublicExponent().decodeToBigInteger()
                                .equals(rsa.getPublicExponent().decodeToBigInteger())) {
                    return true;
                }
            }
        } catch (ParseException e) {
            return false;
        }
        return false;
    }

    private static boolean holdsKeyWithId(String document, String kid) {
        try {
            return JWKSet.parse(document).getKeys().stream().anyMatch(k -> kid.equals(k.getKeyID()));
        } catch (ParseException e) {
            return false;
        }
    }

    @Override
    public void close() {
        logs.close();
    }
}
