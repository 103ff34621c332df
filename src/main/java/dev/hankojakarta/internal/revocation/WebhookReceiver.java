package dev.hankojakarta.internal.revocation;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hankojakarta.HankoRevocation;
import dev.hankojakarta.internal.jwks.JwksCache;
import dev.hankojakarta.internal.session.SessionClaims;

/**
 * Checks one delivery of Hanko's webhook and applies it. Hanko POSTs {@code {"token":"<JWS>","event":"<name>"}}; the
 * token is an RS256 JWT signed with a key of Hanko's JWKS (the session keys), {@code sub} is {@code hanko webhooks},
 * {@code evt} repeats the event and {@code data} carries the session or the user. Nothing else is accepted: a session
 * token has a user id as {@code sub}, so it is never taken for a webhook (and a webhook token, whose {@code sub} is no
 * user id, never for a session).
 */
public final class WebhookReceiver {

    /** Hanko's {@code sub} for webhook tokens. */
    public static final String SUBJECT = "hanko webhooks";
    /** Largest body read; Hanko's deliveries carry one user or one session, a few KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** What the endpoint answers. */
    public enum Verdict {
        /** Checked and applied: 204. */
        APPLIED(204),
        /** Checked, nothing to do (another event, a repeated delivery): 204. */
        IGNORED(204),
        /** Not Hanko's webhook shape: 400. */
        MALFORMED(400),
        /** Not signed by Hanko, expired, another audience, a session token: 401. */
        REFUSED(401),
        /** Hanko's keys cannot be fetched, so nothing can be checked: 503. */
        UNAVAILABLE(503);

        public final int status;

        Verdict(int status) {
            this.status = status;
        }
    }

    /**
     * The outcome of one delivery.
     *
     * @param reason     why it was refused, safe to log (it quotes nothing of the delivery)
     * @param revocation what the application is told, when something ended
     */
    public record Result(Verdict verdict, String reason, Optional<HankoRevocation> revocation) {
        static Result of(Verdict verdict, String reason) {
            return new Result(verdict, reason, Optional.empty());
        }
    }

    /** Drops held answers that match; the validation cache, when there is one. */
    public interface Eviction {
        void evictIf(Predicate<SessionClaims> matching);
    }

    private final JwksCache keys;
    private final Revocations revocations;
    private final Eviction eviction;
    private final Clock clock;
    private final Duration skew;
    private final Optional<String> audience;

    public WebhookReceiver(JwksCache keys, Revocations revocations, Eviction eviction, Clock clock, Duration skew,
            Optional<String> audience) {
        this.keys = keys;
        this.revocations = revocations;
        this.eviction = eviction;
        this.clock = clock;
        this.skew = skew;
        this.audience = audience;
    }

    public Result receive(byte[] body) {
        Map<String, Object> delivery;
        try {
            delivery = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            return Result.of(Verdict.MALFORMED, "the body is not a JSON object");
        }
        if (!(delivery.get("token") instanceof String token) || !(delivery.get("event") instanceof String event)
                || token.isEmpty() || event.isEmpty()) {
            return Result.of(Verdict.MALFORMED, "the body has no token and event");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return Result.of(Verdict.REFUSED, "the token is not a signed JWT");
        }
        String refused = checkSignature(jwt);
        if (refused != null) {
            return refused.equals(JwksCache.NO_KEYS) ? Result.of(Verdict.UNAVAILABLE, refused) : Result.of(Verdict.REFUSED, refused);
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Result.of(Verdict.REFUSED, "the token's claims cannot be read");
        }
        refused = checkClaims(claims, event);
        if (refused != null) {
            return Result.of(Verdict.REFUSED, refused);
        }
        Map<String, Object> data;
        try {
            data = claims.getJSONObjectClaim("data");
        } catch (ParseException e) {
            data = null;
        }
        if (data == null) {
            return Result.of(Verdict.MALFORMED, "the token carries no data");
        }
        return apply(event, data);
    }

    private String checkSignature(SignedJWT jwt) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return "the token is not signed with RS256";
        }
        return keys.unverified(jwt);
    }

    private String checkClaims(JWTClaimsSet claims, String event) {
        if (!SUBJECT.equals(claims.getSubject())) {
            return "the token is not a webhook token (sub)";
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !now.isBefore(exp.toInstant().plus(skew))) {
            return "the token has expired";
        }
        Date iat = claims.getIssueTime();
        if (iat != null && now.plus(skew).plusSeconds(5).isBefore(iat.toInstant())) {
            return "the token was issued in the future";
        }
        if (audience.isPresent()) {
            List<String> aud = claims.getAudience();
            if (aud == null || !aud.contains(audience.get())) {
                return "the token's audience does not match hanko.token.audience";
            }
        }
        Object evt = claims.getClaim("evt");
        if (!event.equals(evt)) {
            return "the token's evt is not the delivered event";
        }
        return null;
    }

    private Result apply(String event, Map<String, Object> data) {
        if (event.startsWith("session.delete")) {
            String sessionId = uuid(data.get("id"));
            if (sessionId == null) {
                return Result.of(Verdict.MALFORMED, "a session event without a session id");
            }
            String userId = data.get("user_id") instanceof String u ? u : "";
            Instant expires = instant(data.get("expires_at"));
            // a token may pass the local checks up to hanko.token.clock-skew after its exp: the tombstone outlasts it
            boolean fresh = revocations.revokeSession(sessionId, expires == null ? null : expires.plus(skew).plusSeconds(60));
            eviction.evictIf(claims -> claims.sessionId().equalsIgnoreCase(sessionId));
            return fresh ? new Result(Verdict.APPLIED, null, Optional.of(new HankoRevocation(
                    HankoRevocation.Kind.SESSION, event, userId, Optional.of(sessionId))))
                    : Result.of(Verdict.IGNORED, null);
        }
        if (event.equals("user.delete")) {
            String userId = uuid(data.get("id"));
            if (userId == null) {
                return Result.of(Verdict.MALFORMED, "a user event without a user id");
            }
            boolean fresh = revocations.revokeUser(userId);
            eviction.evictIf(claims -> claims.subject().equalsIgnoreCase(userId));
            return fresh ? new Result(Verdict.APPLIED, null, Optional.of(new HankoRevocation(
                    HankoRevocation.Kind.USER, event, userId, Optional.empty())))
                    : Result.of(Verdict.IGNORED, null);
        }
        if (event.startsWith("user.update")) {
            String userId = uuid(data.get("id"));
            if (userId != null) {
                // claims such as email and username are fresh on the next request
                eviction.evictIf(claims -> claims.subject().equalsIgnoreCase(userId));
                return Result.of(Verdict.APPLIED, null);
            }
        }
        return Result.of(Verdict.IGNORED, null);
    }

    private static String uuid(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            String lower = s.toLowerCase(Locale.ROOT);
            return UUID.fromString(s).toString().equals(lower) ? lower : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
