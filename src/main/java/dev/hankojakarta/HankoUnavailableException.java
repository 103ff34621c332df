package dev.hankojakarta;

/**
 * Thrown by the identity store when Hanko cannot tell whether a token is valid. The mechanism turns it into
 * {@code 503 Service Unavailable} with {@code Retry-After}: an outage is not the caller's fault and must never look
 * like a bad token (401) or a bug (500).
 *
 * <p>An identity store of the application that validates Hanko credentials, or provides groups for Hanko callers,
 * may throw it too, when a system it depends on cannot answer; the caller then gets the same 503, and the library
 * logs no warning for it:
 * <pre>{@code
 * public Set<String> getCallerGroups(CredentialValidationResult result) {
 *     try {
 *         return directory.groupsOf(result.getCallerPrincipal().getName());
 *     } catch (DirectoryDownException e) {
 *         throw new HankoUnavailableException("directory unavailable");
 *     }
 * }
 * }</pre>
 * The reason is for logs only; it never reaches the caller.
 */
public class HankoUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HankoUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}
