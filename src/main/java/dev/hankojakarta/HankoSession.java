package dev.hankojakarta;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as Hanko's Admin API lists it.
 *
 * @param id        the session id, the {@code session_id} claim of its token
 * @param userId    the user it belongs to
 * @param userAgent the browser that signed in, where Hanko recorded it
 * @param ipAddress the address it signed in from, where Hanko recorded it
 * @param createdAt when it began
 * @param lastUsed  when it was last used at Hanko
 * @param expiresAt when it ends at the latest, where Hanko told
 */
public record HankoSession(String id, String userId, Optional<String> userAgent, Optional<String> ipAddress,
        Instant createdAt, Instant lastUsed, Optional<Instant> expiresAt) {

    public HankoSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
