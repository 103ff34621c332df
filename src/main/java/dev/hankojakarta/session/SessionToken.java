package dev.hankojakarta.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A token that has the shape of a Hanko session token: a compact JWS of at most 8 KiB whose header names
 * {@code RS256} and whose payload is a JSON object. Nothing here is verified; a shape is only the entry ticket to
 * verification, and tokens without it are refused without asking Hanko.
 */
public final class SessionToken {

    /** Longest token accepted, in characters (CONTRACT §3). */
    public static final int MAX_LENGTH = 8 * 1024;

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final String raw;
    private final SignedJWT jwt;
    private final JWTClaimsSet claims;
    private final byte[] digest;

    private SessionToken(String raw, SignedJWT jwt, JWTClaimsSet claims) {
        this.raw = raw;
        this.jwt = jwt;
        this.claims = claims;
        this.digest = sha256(raw);
    }

    /**
     * Checks the shape of a token.
     *
     * @throws MalformedTokenException with a reason safe to log (it never contains the token)
     */
    public static SessionToken parse(String raw) throws MalformedTokenException {
        if (raw == null || raw.isEmpty()) {
            throw new MalformedTokenException("empty token");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new MalformedTokenException("token longer than " + MAX_LENGTH + " characters");
        }
        if (!COMPACT_JWS.matcher(raw).matches()) {
            throw new MalformedTokenException("not a compact JWS");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(raw);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new MalformedTokenException("unreadable JWS header or payload");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new MalformedTokenException("algorithm is not RS256");
        }
        return new SessionToken(raw, jwt, claims);
    }

    /** The token as presented. Never log it. */
    public String raw() {
        return raw;
    }

    /** The parsed, unverified JWS. */
    public SignedJWT jwt() {
        return jwt;
    }

    /** The unverified payload. */
    public JWTClaimsSet unverifiedClaims() {
        return claims;
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
