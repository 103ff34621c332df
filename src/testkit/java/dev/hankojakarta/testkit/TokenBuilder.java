package dev.hankojakarta.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Builds a session token as Hanko mints it (RS256, {@code sub}, {@code session_id}, {@code iat}, {@code exp} 12 hours
 * later, {@code aud} {@code localhost}), with the knobs tests need to shape it or make it bad. Get one from
 * {@link HankoTestKit#user()} or {@link HankoStandIn#user()}; {@link #sign()} registers the session at the stand-in.
 */
public final class TokenBuilder {

    private final HankoStandIn hanko;
    private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    private final String userId;
    private String sessionId = UUID.randomUUID().toString();
    private Instant issuedAt = Instant.now();
    private Duration lifespan = Duration.ofHours(12);
    private List<String> audience = List.of("localhost");
    private RSAKey key;
    private boolean registerSession = true;
    private boolean expired;

    TokenBuilder(HankoStandIn hanko, String userId) {
        this.hanko = hanko;
        this.userId = userId;
    }

    /** The {@code email} claim, primary and verified, as Hanko's default template writes it. */
    public TokenBuilder email(String address) {
        claims.claim("email", Map.of("address", address, "is_primary", true, "is_verified", true));
        return this;
    }

    /** The {@code username} claim. */
    public TokenBuilder username(String username) {
        claims.claim("username", username);
        return this;
    }

    /** The {@code amr} claim: how the user signed in ({@code passkey}, {@code password}, ...). */
    public TokenBuilder amr(String... methods) {
        claims.claim("amr", List.of(methods));
        return this;
    }

    /** A custom claim, as Hanko's JWT template adds them. */
    public TokenBuilder claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    /**
     * The {@code aud} claim, instead of {@code localhost}: for an application that sets {@code hanko.token.audience}.
     */
    public TokenBuilder audience(String... audiences) {
        this.audience = List.of(audiences);
        return this;
    }

    /** The {@code iss} claim (none by default, as Hanko without {@code session.issuer}). */
    public TokenBuilder issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    /** The session id, instead of a random UUID. */
    public TokenBuilder sessionId(String id) {
        this.sessionId = id;
        return this;
    }

    /** When the token was issued ({@code iat}); {@code exp} is this plus the lifespan. */
    public TokenBuilder issuedAt(Instant instant) {
        this.issuedAt = instant;
        return this;
    }

    /** How long the token lives ({@code exp - iat}), 12 hours by default, as Hanko's {@code session.lifespan}. */
    public TokenBuilder lifespan(Duration duration) {
        this.lifespan = duration;
        return this;
    }

    /** Already expired (its {@code exp} a minute ago, whatever the lifespan), though otherwise fine. */
    public TokenBuilder expired() {
        this.expired = true;
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

    /** The token's {@code session_id}: pass it to {@link HankoTestKit#revoke(String)} to log the session out. */
    public String sessionId() {
        return sessionId;
    }

    /** The token's {@code sub}: the Hanko user id, what the application sees as the caller's name. */
    public String userId() {
        return userId;
    }

    /** The signed compact JWS, for {@code Authorization: Bearer} or the {@code hanko} cookie. */
    public String sign() {
        Instant issued = expired ? Instant.now().minus(lifespan).minus(Duration.ofMinutes(1)) : issuedAt;
        JWTClaimsSet set = claims
                .subject(userId)
                .claim("session_id", sessionId)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(lifespan)))
                .audience(audience)
                .build();
        return hanko.sign(set, key != null ? key : hanko.signingKey(), registerSession);
    }
}
