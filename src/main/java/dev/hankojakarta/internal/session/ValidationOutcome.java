package dev.hankojakarta.internal.session;

import java.time.Instant;
import java.util.Optional;

/** What validating one session token found out. */
public sealed interface ValidationOutcome {

    /** The session is valid. {@code idleExpiresAt} is present when Hanko runs with an idle timeout. */
    record Valid(SessionClaims claims, Optional<Instant> idleExpiresAt) implements ValidationOutcome {
    }

    /** The token is forged, expired, revoked, malformed or otherwise not a valid session. {@code reason} is safe to log. */
    record Invalid(String reason) implements ValidationOutcome {
    }

    /**
     * Nobody can tell: Hanko was unreachable, too slow, answered with an error or with something unreadable.
     * {@code reason} is safe to log.
     */
    record Unavailable(String reason) implements ValidationOutcome {
    }
}
