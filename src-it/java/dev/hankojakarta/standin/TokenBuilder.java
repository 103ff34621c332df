package dev.hankojakarta.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

/** Builds a session token as Hanko mints it, with the knobs tests need to make it bad. */
public final class TokenBuilder {

    private final HankoStandIn hanko;
    private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    private final String userId;
    private String sessionId = UUID.randomUUID().toString();
    private Instant issuedAt = Instant.now();
    private Duration lifespan = Duration.ofHours(12);
    private RSAKey key;
    private boolean registerSession = true;

    TokenBuilder(HankoStandIn hanko, String userId) {
        this.hanko = hanko;
        this.userId = userId;
    }

    public TokenBuilder email(String address) {
        claims.claim("email", Map.of("address", address, "is_primary", true, "is_verified", true));
        return this;
    }

    public TokenBuilder username(String username) {
        claims.claim("username", username);
        return this;
    }

    public TokenBuilder amr(String... methods) {
        claims.claim("amr", List.of(methods));
        return this;
    }

    /** A custom claim, as Hanko's JWT template adds them. */
    public TokenBuilder claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    public TokenBuilder sessionId(String id) {
        this.sessionId = id;
        return this;
    }

    public TokenBuilder issuedAt(Instant instant) {
        this.issuedAt = instant;
        return this;
    }

    public TokenBuilder lifespan(Duration duration) {
        this.lifespan = duration;
        return this;
    }

    /** Already expired, though otherwise fine. */
    public TokenBuilder expired() {
        this.issuedAt = Instant.now().minus(Duration.ofHours(13));
        return this;
    }

    /** Signed by a key Hanko does not publish. */
    public TokenBuilder signedWith(RSAKey foreignKey) {
        this.key = foreignKey;
        return this;
    }

    /** Hanko never created a session for it (or it was deleted before the token was presented). */
    public TokenBuilder withoutSession() {
        this.registerSession = false;
        return this;
    }

    public String sessionId() {
        return sessionId;
    }

    public String userId() {
        return userId;
    }

    public String sign() {
        JWTClaimsSet set = claims
                .subject(userId)
                .claim("session_id", sessionId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifespan)))
                .audience(List.of("localhost"))
                .build();
        return hanko.sign(set, key != null ? key : hanko.signingKey(), registerSession);
    }
}
