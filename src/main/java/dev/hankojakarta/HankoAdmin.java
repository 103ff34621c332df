package dev.hankojakarta;

import java.util.List;
import java.util.Optional;

/**
 * Hanko's Admin API, for what an application does with sessions: list a user's sessions, revoke one, sign a user out
 * everywhere, look a user up. Inject it anywhere ({@code @Inject HankoAdmin admin}); it needs
 * {@code hanko.admin.api-url} (and, for Hanko Cloud, {@code hanko.admin.api-key}). Every call is bounded by
 * {@code hanko.read-timeout}, like every call to Hanko. A revocation through it is refused by this application at
 * once, whatever its cache holds and without waiting for a webhook.
 *
 * <p>Every failure is a {@link HankoAdminException} whose {@link HankoAdminException#reason() reason} says what to do;
 * the API key never appears in a message or a log.
 */
public interface HankoAdmin {

    /** The user's live sessions, newest first (Hanko's {@code GET /users/{id}/sessions}). */
    List<HankoSession> sessions(String userId);

    /** Ends one session of the user (Hanko's {@code DELETE /users/{id}/sessions/{session_id}}). */
    void revokeSession(String userId, String sessionId);

    /**
     * Signs the user out everywhere: every live session but {@code keep} (the caller's own, say; empty for none).
     * Hanko has no call for it, so the sessions are listed and ended one by one; one that ended meanwhile counts as
     * ended, and a session created while this runs survives.
     *
     * @return how many sessions were ended
     */
    int revokeAllSessions(String userId, Optional<String> keep);

    /** The user (Hanko's {@code GET /users/{id}}). */
    HankoUser user(String userId);
}
