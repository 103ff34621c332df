package dev.hankojakarta;

/**
 * A call of {@link HankoAdmin} that did not succeed. The message says what to fix; it never holds the API key.
 */
public class HankoAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Reason {
        /** {@code hanko.admin.api-url} is not set. */
        NOT_CONFIGURED,
        /** Hanko knows no such user, or no such session of the user (404). */
        NOT_FOUND,
        /** Hanko refused the credentials: check {@code hanko.admin.api-key} (401, 403). */
        UNAUTHORIZED,
        /** Hanko refused the request as malformed, such as an id that is no UUID (400). */
        BAD_REQUEST,
        /** Hanko could not be reached, timed out, or failed (5xx, an unreadable answer); the call may be retried. */
        UNAVAILABLE
    }

    private final Reason reason;

    public HankoAdminException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
