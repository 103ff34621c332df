package dev.hankojakarta.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.hankojakarta.internal.session.SessionToken;

/** Mints session tokens shaped as Hanko mints them, and tokens that are not. Nothing here talks to Hanko. */
public final class Tokens {

    public static final String USER_ID = "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10";
    public static final String SESSION_ID = "c2e8a4f1-6d3b-4a57-b0e9-1f8d7c6a5e42";
    /** 2026-08-15T06:00:00Z */
    public static final Instant EXPIRATION = Instant.parse("2026-08-15T06:00:00Z");
    /** 2026-08-14T18:00:00Z */
    public static final Instant ISSUED_AT = Instant.parse("2026-08-14T18:00:00Z");

    /** The {@code kid} of the test key, which signs every token minted here unless a test names another key. */
    public static final String KEY_ID = "test-key";

    private static final RSAKey KEY = newKey(KEY_ID);

    private Tokens() {
    }

    /** The claims of a Hanko session of {@code userId}: sub, session_id, iat, exp, aud. */
    public static JWTClaimsSet.Builder claims(String userId) {
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("session_id", SESSION_ID)
                .issueTime(Date.from(ISSUED_AT))
                .expirationTime(Date.from(EXPIRATION))
                .audience(List.of("example.com"));
    }

    /** A session token of {@link #USER_ID}, RS256-signed. */
    public static String session() {
        return session(USER_ID);
    }

    /** A session token of {@code userId}, RS256-signed. */
    public static String session(String userId) {
        return rs256(claims(userId).build());
    }

    /** A distinct session token of a random user. */
    public static String another() {
        return session(UUID.randomUUID().toString());
    }

    public static String rs256(JWTClaimsSet claims) {
        return sign(claims, JWSAlgorithm.RS256);
    }

    /** Signed with RS256, RS384 or RS512 by the test key. */
    public static String sign(JWTClaimsSet claims, JWSAlgorithm rsaAlgorithm) {
        return sign(new JWSHeader.Builder(rsaAlgorithm).keyID(KEY.getKeyID()).build(), claims);
    }

    /** An RS256 header naming the test key, for tests that add or drop header parameters. */
    public static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID);
    }

    /** Signed by the test key under whatever header is given (its {@code alg} must be an RSA one). */
    public static String sign(JWSHeader header, JWTClaimsSet claims) {
        return sign(KEY, header, claims);
    }

    /** Signed with RS256 by {@code key}, under {@code key}'s {@code kid}. */
    public static String signedBy(RSAKey key, JWTClaimsSet claims) {
        return sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    }

    /** Signed by {@code key} under whatever header is given, e.g. another key's {@code kid}. */
    public static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test key pair (private part included): for embedding in headers or building other JWKS documents. */
    public static RSAKey key() {
        return KEY;
    }

    /** A fresh 2048-bit RSA key pair; slow (tens of milliseconds), so keep it in a static field. */
    public static RSAKey newKey(String kid) {
        return newKey(kid, 2048);
    }

    /** A fresh RSA key pair of {@code bits}, weak sizes included. */
    public static RSAKey newKey(String kid, int bits) {
        try {
            return new RSAKeyGenerator(bits, true).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half of {@code key} as Hanko publishes its keys: {@code use=sig}, {@code alg=RS256}. */
    public static RSAKey asHankoPublishes(RSAKey key) {
        return new RSAKey.Builder(key.toPublicJWK()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    /** Hanko's JWKS document publishing the test key. */
    public static String publicJwks() {
        return jwks(asHankoPublishes(KEY));
    }

    /** A JWKS document of the public halves of {@code keys}, each with exactly the parameters it has. */
    public static String jwks(JWK... keys) {
        return new JWKSet(java.util.Arrays.stream(keys).map(JWK::toPublicJWK).toList()).toString();
    }

    /**
     * A genuine RS256 session token of exactly {@code length} characters, padded with a custom claim. Base64url
     * cannot produce every length from a given header, so the key id's length varies too.
     */
    public static String ofLength(int length) {
        for (int kid = 1; kid <= 4; kid++) {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k".repeat(kid)).build();
            int shortest = sign(header, claims(USER_ID).claim("pad", "").build()).length();
            int estimate = Math.max(0, (length - shortest) * 3 / 4);
            for (int pad = Math.max(0, estimate - 8); pad <= estimate + 8; pad++) {
                String token = sign(header, claims(USER_ID).claim("pad", "x".repeat(pad)).build());
                if (token.length() == length) {
                    return token;
                }
            }
        }
        throw new IllegalStateException("no token of length " + length);
    }

    /** A real HS256 token: the algorithm confusion a Hanko token never has. */
    public static String hs256(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner("a shared secret of at least 256 bits!!".getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code base64url(header).base64url(payload).signature}, with whatever JSON (or not JSON) is given. */
    public static String compact(String header, String payload, String signature) {
        return b64(header) + "." + b64(payload) + "." + signature;
    }

    public static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code kid} of the test key, which every token signed here names. */
    public static String keyId() {
        return KEY.getKeyID();
    }

    /** The public half of the test key, as Hanko publishes its keys: {@code use} sig, {@code alg} RS256. */
    public static RSAKey publicKey() {
        return new RSAKey.Builder(KEY.toPublicJWK()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    /** The JWKS document Hanko would serve for the test key: {@code {"keys":[{...}]}}, public parts only. */
    public static String jwks() {
        return new JWKSet(publicKey()).toString(true);
    }

    /** The shape check of a token the test knows to be well-shaped. */
    public static SessionToken parsed(String raw) {
        try {
            return SessionToken.parse(raw);
        } catch (SessionToken.MalformedTokenException e) {
            throw new AssertionError("the test token is not well-shaped: " + e.getMessage(), e);
        }
    }
}
