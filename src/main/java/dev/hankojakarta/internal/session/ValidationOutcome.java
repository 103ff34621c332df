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
     * {@code reason} is safe to log; {@code blame} says what it tells about Hanko's health.
     */
    record Unavailable(String reason, Blame blame) implements ValidationOutcome {

        /** Hanko's fault: it did not answer, or not usably. */
        public Unavailable(String reason) {
            this(reason, Blame.HANKO);
        }
    }

    /** What an {@link Unavailable} outcome says about Hanko, for telling an outage from a bad moment. */
    enum Blame {
        /** Hanko did not answer usably: unreachable, too slow, an error status, an unreadable answer. */
        HANKO,
        /** Hanko answered, but not usably about this token (claims about another user): Hanko itself is up. */
        ANSWER,
        /** The library did not ask (too many calls in flight): nothing is known about Hanko. */
        LOCAL
    }
}
