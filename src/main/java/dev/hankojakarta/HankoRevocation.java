package dev.hankojakarta;

import java.util.Objects;
import java.util.Optional;

/**
 * A CDI event: Hanko announced, by a signed webhook, that a session or every session of a user has ended (a logout,
 * a revocation, an idle expiry, a deleted user). The library refuses the session from the next request on; an
 * application observes the event to do its own part, such as closing the caller's websockets:
 * <pre>{@code
 * void ended(@Observes HankoRevocation revocation) {
 *     revocation.sessionId().ifPresent(sockets::closeSession);
 * }
 * }</pre>
 * Fired once per session or user (a repeated delivery fires nothing), on the thread that received the webhook;
 * an observer that throws is logged and does not change the answer to Hanko.
 *
 * @param kind      whether one session ended or a user was deleted
 * @param event     Hanko's event name, such as {@code session.delete.explicit.logout} or {@code user.delete}
 * @param userId    the Hanko user the session belonged to, or the deleted user
 * @param sessionId the ended session; empty for a deleted user
 */
public record HankoRevocation(Kind kind, String event, String userId, Optional<String> sessionId) {

    /** What ended. */
    public enum Kind {
        /** One session: {@code session.delete.*} events. */
        SESSION,
        /** Every session of a user: {@code user.delete}. */
        USER
    }

    public HankoRevocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
