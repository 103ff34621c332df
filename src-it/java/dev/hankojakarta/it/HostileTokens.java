package dev.hankojakarta.it;

import dev.hankojakarta.testkit.HankoStandIn;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Tokens an attacker would try, each built from a real session token of the stand-in and bent in one way. */
public final class HostileTokens {

    private final HankoStandIn hanko;

    public HostileTokens(HankoStandIn hanko) {
        this.hanko = hanko;
    }

    /** The claims of a fresh, otherwise valid session with a server-side session row. */
    private JWTClaimsSet.Builder session() {
        String sessionId = UUID.randomUUID().toString();
        hanko.user(UUID.randomUUID().toString()).sessionId(sessionId).sign(); // creates the session row
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .claim("session_id", sessionId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(12))))
                .audience(List.of("localhost"));
    }

    private String signed(JWSHeader.Builder header, JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header.type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            IssuedTokens.record(jwt.serialize());
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String byHanko(JWSHeader.Builder header, JWTClaimsSet claims) {
        return signed(header.keyID(hanko.signingKey().getKeyID()), claims, hanko.signingKey());
    }

    private String byHanko(JWTClaimsSet claims) {
        return byHanko(new JWSHeader.Builder(JWSAlgorithm.RS256), claims);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code alg: none}, with and without a signature segment. */
    public List<String> algNone() {
        String token = byHanko(session().build());
        String[] parts = token.split("\\.");
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return List.of(header + "." + parts[1] + ".", header + "." + parts[1] + "." + parts[2]);
    }

    /** HS256 keyed with the bytes of Hanko's public key, the classic algorithm confusion. */
    public String hs256WithThePublicKey() {
        try {
            byte[] secret = hanko.signingKey().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(hanko.signingKey().getKeyID()).build(), session().build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RS256 by a key Hanko does not know, claiming Hanko's own kid. */
    public String foreignKeyWithHankosKid() {
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(hanko.signingKey().getKeyID()),
                session().build(), HankoStandIn.foreignKey());
    }

    /** RS256 by a key Hanko does not know, with a kid of its own. */
    public String unknownKid() {
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(UUID.randomUUID().toString()),
                session().build(), HankoStandIn.foreignKey());
    }

    /** Signed by Hanko's key but with a kid that would do harm if used as a path, URL or query. */
    public String kid(String kid) {
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid), session().build(), hanko.signingKey());
    }

    /** Signed by an attacker's key whose JWKS the {@code jku} header points at (on the stand-in: counted). */
    public String jku() {
        RSAKey attacker = HankoStandIn.foreignKey();
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .jwkURL(URI.create(hanko.apiUrl() + "/attacker/jwks.json")), session().build(), attacker);
    }

    /** Signed by an attacker's key whose certificate the {@code x5u} header points at. */
    public String x5u() {
        RSAKey attacker = HankoStandIn.foreignKey();
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .x509CertURL(URI.create(hanko.apiUrl() + "/attacker/cert.pem")), session().build(), attacker);
    }

    /** Signed by an attacker's key, embedded in the header. */
    public String embeddedJwk() {
        RSAKey attacker = HankoStandIn.foreignKey();
        return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .jwk(attacker.toPublicJWK()), session().build(), attacker);
    }

    /** Hanko's signature, Hanko's kid, and a jku header pointing elsewhere (must neither be followed nor trusted). */
    public String jkuBesideHankosKid() {
        return byHanko(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .jwkURL(URI.create(hanko.apiUrl() + "/attacker/jwks.json")), session().build());
    }

    public String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(13));
        return byHanko(session().issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(12))))
                .build());
    }

    public String notBeforeFarInTheFuture() {
        return byHanko(session().notBeforeTime(Date.from(Instant.now().plus(Duration.ofDays(365)))).build());
    }

    public String issuedFarInTheFuture() {
        Instant future = Instant.now().plus(Duration.ofDays(365));
        return byHanko(session().issueTime(Date.from(future)).expirationTime(Date.from(future.plus(Duration.ofHours(12))))
                .build());
    }

    public String without(String claim) {
        return byHanko(session().claim(claim, null).build());
    }

    public String withClaim(String claim, Object value) {
        return byHanko(session().claim(claim, value).build());
    }

    /** What Hanko sends to webhooks, signed with the same keys: never a session. */
    public String webhook() {
        Instant now = Instant.now();
        return byHanko(new JWTClaimsSet.Builder().subject("hanko webhooks").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).audience(List.of("localhost"))
                .claim("evt", "user.create").claim("data", Map.of("id", UUID.randomUUID().toString())).build());
    }

    /** A valid session token, for bending at the character level. */
    public String valid() {
        return byHanko(session().build());
    }
}
