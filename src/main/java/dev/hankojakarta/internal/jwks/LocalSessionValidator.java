package dev.hankojakarta.internal.jwks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.remote.HankoHttp;

/**
 * Checks a session token against Hanko's published keys, without asking Hanko about the session: RS256 only (the
 * shape check already refused every other {@code alg}), the key chosen by {@code kid} alone, {@code exp} required,
 * {@code nbf} and {@code iat} respected, {@code sub} and {@code session_id} required as UUIDs (which also refuses
 * Hanko's webhook tokens, signed with the same keys), audience and issuer when configured.
 *
 * <p>It cannot see logout, revocation or idle timeout: those live in Hanko's database.
 */
public final class LocalSessionValidator implements SessionValidator {

    private static final Logger LOG = Logger.getLogger(LocalSessionValidator.class.getName());

    private final JwksCache keys;
    private final Clock clock;
    private final Duration skew;
    private final Optional<String> audience;
    private final Optional<String> issuer;

    public LocalSessionValidator(JwksCache keys, Clock clock, Duration skew, Optional<String> audience,
            Optional<String> issuer) {
        this.keys = keys;
        this.clock = clock;
        this.skew = skew;
        this.audience = audience;
        this.issuer = issuer;
    }

    /** A validator that fetches the keys from {@code {hanko.api-url}/.well-known/jwks.json}. */
    public static LocalSessionValidator create(HankoConfig config, HankoJwksApi api, HankoHttp http, Clock clock) {
        return new LocalSessionValidator(keys(config, api, http, clock), clock, config.clockSkew(), config.audience(),
                config.issuer());
    }

    /** Hanko's key set from {@code {hanko.api-url}/.well-known/jwks.json}, fetched on first use. */
    public static JwksCache keys(HankoConfig config, HankoJwksApi api, HankoHttp http, Clock clock) {
        return new JwksCache(() -> fetch(api, http), clock, config.jwksUrl().toString());
    }

    /** The key set this validator checks signatures with (webhooks are signed with the same keys). */
    public JwksCache keys() {
        return keys;
    }

    private static String fetch(HankoJwksApi api, HankoHttp http) {
        HankoHttp.Answer answer;
        try {
            answer = http.exchange(api::jwks);
        } catch (HankoHttp.ExchangeFailed e) {
            throw new IllegalStateException(e.getMessage());
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status());
        }
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome outcome = check(token);
        if (outcome instanceof Invalid invalid) {
            LOG.log(Level.FINE, () -> "Token " + token.fingerprint() + " rejected: " + invalid.reason());
        }
        return outcome;
    }

    private ValidationOutcome check(SessionToken token) {
        String refused = keys.unverified(token.jwt());
        if (JwksCache.NO_KEYS.equals(refused)) {
            return new ValidationOutcome.Unavailable(refused);
        }
        if (refused != null) {
            return new Invalid(refused);
        }
        return checkClaims(token.unverifiedClaims());
    }

    private ValidationOutcome checkClaims(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return new Invalid("no exp");
        }
        if (!now.isBefore(exp.toInstant().plus(skew))) {
            return new Invalid("expired");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.plus(skew).isBefore(nbf.toInstant())) {
            return new Invalid("not valid yet (nbf)");
        }
        Date iat = claims.getIssueTime();
        if (iat != null && now.plus(skew).isBefore(iat.toInstant())) {
            return new Invalid("issued in the future (iat)");
        }
        if (!isUuid(claims.getSubject())) {
            return new Invalid("sub is not a Hanko user id");
        }
        Object sessionId = claims.getClaim("session_id");
        if (!(sessionId instanceof String sid) || !isUuid(sid)) {
            return new Invalid("session_id missing or not a UUID");
        }
        if (audience.isPresent() && (claims.getAudience() == null || !claims.getAudience().contains(audience.get()))) {
            return new Invalid("audience does not match hanko.token.audience");
        }
        if (issuer.isPresent() && !issuer.get().equals(claims.getIssuer())) {
            return new Invalid("issuer does not match hanko.token.issuer");
        }
        try {
            return new ValidationOutcome.Valid(SessionClaims.fromJwt(claims.toJSONObject()), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new Invalid(e.getMessage());
        }
    }

    static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
