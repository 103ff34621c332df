package dev.hankojakarta.internal.remote;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Hanko's answer to {@code POST /sessions/validate} (HTTP 200), every field of it. Fields Hanko adds in later
 * releases are ignored.
 *
 * <p>An invalid, expired, revoked or unknown session is {@code {"is_valid": false}} with every other field absent.
 *
 * @param isValid        whether the session is valid; the only field that decides
 * @param claims         the token's claims, registered ones renamed ({@code subject}, {@code session_id},
 *                       {@code expiration}, {@code issued_at}, {@code audience}, {@code issuer}), plus {@code email},
 *                       {@code username}, {@code amr} and every custom template claim; read through
 *                       {@link dev.hankojakarta.internal.session.SessionClaims#fromHankoAnswer(Map)}
 * @param expirationTime deprecated by Hanko; equals {@code claims.expiration}
 * @param userId         deprecated by Hanko; the token's real {@code sub}, cross-checked against {@code claims.subject}
 * @param idleExpiresAt  when the session idles out; only when Hanko runs with {@code session.idle_timeout}
 */
public record ValidateSessionResponse(
        @JsonbProperty("is_valid") Boolean isValid,
        @JsonbProperty("claims") Map<String, Object> claims,
        @JsonbProperty("expiration_time") OffsetDateTime expirationTime,
        @JsonbProperty("user_id") String userId,
        @JsonbProperty("idle_expires_at") OffsetDateTime idleExpiresAt) {
}
