package dev.hankojakarta.internal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A token presented as a Hanko session token. Two levels of shape are checked, each before anything more expensive:
 * <ol>
 * <li>{@link #of(String)}: not empty, at most 8 KiB. Enough to look the token up in the cache.</li>
 * <li>{@link #requireWellFormed()}: three base64url segments, a compact JWS whose header names {@code RS256} and whose
 * payload is a JSON object. Checked once, lazily, so that a cache hit does not pay for it; always before any
 * signature check or call to Hanko.</li>
 * </ol>
 * Nothing here is verified; a shape is only the entry ticket to verification, and tokens without it are refused
 * without asking Hanko.
 */
public final class SessionToken {

    /** Longest token accepted, in characters (README: "Where the token comes from"). */
    public static final int MAX_LENGTH = 8 * 1024;

    private final String raw;
    private final byte[] digest;
    /** The parsed JWS, or the reason it cannot be parsed; set once by {@link #requireWellFormed()}. */
    private volatile Object parsed;

    private SessionToken(String raw) {
        this.raw = raw;
        this.digest = sha256(raw);
    }

    /**
     * Checks the length of a token and takes its SHA-256. Nothing else: the shape is checked by
     * {@link #requireWellFormed()}, which the validators call on a cache miss only. A hit needs no shape check, since
     * only well-formed tokens are ever cached and the key is the SHA-256 of the token's UTF-8 bytes (injective), so
     * that a hit is the very string that passed it.
     *
     * @throws MalformedTokenException with a reason safe to log (it never contains the token)
     */
    public static SessionToken of(String raw) throws MalformedTokenException {
        if (raw == null || raw.isEmpty()) {
            throw new MalformedTokenException("empty token");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new MalformedTokenException("token longer than " + MAX_LENGTH + " characters");
        }
        return new SessionToken(raw);
    }

    /**
     * Three non-empty segments of base64url characters separated by dots; a loop rather than a regular expression,
     * which cost several times more.
     */
    static boolean isCompactJws(String raw) {
        int dots = 0;
        int segmentLength = 0;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                if (segmentLength == 0 || ++dots > 2) {
                    return false;
                }
                segmentLength = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_') {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && segmentLength > 0;
    }

    /** {@link #of(String)} and {@link #requireWellFormed()} at once. */
    public static SessionToken parse(String raw) throws MalformedTokenException {
        SessionToken token = of(raw);
        token.requireWellFormed();
        return token;
    }

    /**
     * Checks (once) that the token is three base64url segments, that its header names {@code RS256} and that its
     * payload is a JSON object.
     *
     * @throws MalformedTokenException with a reason safe to log
     */
    public void requireWellFormed() throws MalformedTokenException {
        Object state = parsed;
        if (state == null) {
            state = parseJws();
            parsed = state;
        }
        if (state instanceof String reason) {
            throw new MalformedTokenException(reason);
        }
    }

    private Object parseJws() {
        if (!isCompactJws(raw)) {
            return "not a compact JWS";
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(raw);
            jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return "unreadable JWS header or payload";
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return "algorithm is not RS256";
        }
        return jwt;
    }

    /** The token as presented. Never log it. */
    public String raw() {
        return raw;
    }

    /** The parsed, unverified JWS; only for tokens that passed {@link #requireWellFormed()}. */
    public SignedJWT jwt() {
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new IllegalStateException("requireWellFormed() first");
        }
        return jwt;
    }

    /** The unverified payload; only for tokens that passed {@link #requireWellFormed()}. */
    public JWTClaimsSet unverifiedClaims() {
        try {
            return jwt().getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException("checked by requireWellFormed()", e);
        }
    }

    public String fingerprint() {
        return HexFormat.of().formatHex(digest, 0, 6);
    }

    /**
     * The token's whole SHA-256, as a string of 32 chars: a cache key that identifies the token without holding it.
     * A cryptographic hash, because a collision would let one token pass for another.
     */
    public String cacheKey() {
        return new String(digest, StandardCharsets.ISO_8859_1);
    }

    /** The first 12 hex digits of the token's SHA-256: enough to tell tokens apart in logs, useless to an attacker. */
    public static String fingerprint(String token) {
        return HexFormat.of().formatHex(sha256(String.valueOf(token)), 0, 6);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "SessionToken[" + fingerprint() + "]";
    }

    /** The token is not shaped as a Hanko session token. */
    public static final class MalformedTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        public MalformedTokenException(String reason) {
            super(reason, null, false, false);
        }
    }
}
