package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;

import dev.hankojakarta.internal.session.SessionToken.MalformedTokenException;

/**
 * What holds for every string presented as a token (README: "Where the token comes from"): {@link SessionToken#of} and
 * {@link SessionToken#requireWellFormed()} accept it or throw {@link MalformedTokenException} with one of a few fixed
 * reasons, never another exception; {@code of} accepts at most 8 KiB, and what both accept is also three base64url
 * segments and RS256. Shared by
 * the property tests and the fuzz targets.
 */
public final class SessionTokenInvariants {

    /** Every reason a token can be refused for; none quotes the token. */
    public static final Set<String> REASONS = Set.of(
            "empty token",
            "token longer than " + SessionToken.MAX_LENGTH + " characters",
            "not a compact JWS",
            "unreadable JWS header or payload",
            "algorithm is not RS256");

    private SessionTokenInvariants() {
    }

    /**
     * Checks the shape checks on {@code raw}; any exception but {@link MalformedTokenException} propagates and fails
     * the caller.
     *
     * @return the token, when both shape checks accept it; null otherwise
     */
    public static SessionToken check(String raw) {
        SessionToken token;
        try {
            token = SessionToken.of(raw);
        } catch (MalformedTokenException e) {
            refusedSafely(raw, e);
            return null;
        }
        assertEquals(raw, token.raw());
        assertTrue(raw.length() <= SessionToken.MAX_LENGTH, "accepted a token of " + raw.length() + " characters");
        // A string of a few characters may appear in any text; a token cannot.
        assertFalse(raw.length() > 40 && token.toString().contains(raw), "toString() quotes the token");
        try {
            token.requireWellFormed();
        } catch (MalformedTokenException e) {
            refusedSafely(raw, e);
            // Refused once, refused always: the verdict is kept.
            try {
                token.requireWellFormed();
                throw new AssertionError("refused, then accepted");
            } catch (MalformedTokenException again) {
                assertEquals(e.getMessage(), again.getMessage());
            }
            return null;
        }
        assertTrue(isThreeBase64UrlSegments(raw), "accepted a token that is not three base64url segments");
        assertEquals(JWSAlgorithm.RS256, token.jwt().getHeader().getAlgorithm(), "accepted another alg");
        assertNotNull(token.unverifiedClaims(), "accepted a token without a JSON payload");
        return token;
    }

    private static void refusedSafely(String raw, MalformedTokenException e) {
        assertTrue(REASONS.contains(e.getMessage()), "unexpected reason: " + e.getMessage());
        // A reason is one of the fixed texts above; an input can only "appear" in one by being a piece of it.
        if (raw != null && raw.length() > 40) {
            assertFalse(e.getMessage().contains(raw), "the reason quotes the token");
        }
    }

    /** The shape {@code [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+}, checked independently of the code under test. */
    static boolean isThreeBase64UrlSegments(String raw) {
        return raw.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }
}
