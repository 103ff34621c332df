package dev.hankojakarta.session;

/**
 * Thrown by the identity store when Hanko cannot tell whether a token is valid. The mechanism turns it into
 * {@code 503 Service Unavailable}: an outage is not the caller's fault and must never look like a bad token (401) or
 * a bug (500).
 */
public class HankoUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HankoUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}
