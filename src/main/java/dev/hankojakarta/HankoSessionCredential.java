package dev.hankojakarta;

import dev.hankojakarta.session.SessionToken;
import jakarta.security.enterprise.credential.Credential;

/**
 * A Hanko session token presented by a caller, as handed by the mechanism to the container's
 * {@code IdentityStoreHandler}.
 *
 * <p>Identity stores of the application see it too; the default {@code IdentityStore.validate(Credential)} does not
 * know it and answers {@code NOT_VALIDATED}, so stores for other credentials keep working. {@link #toString()} never
 * shows the token, only a short fingerprint of it.
 */
public final class HankoSessionCredential implements Credential {

    private final String token;

    public HankoSessionCredential(String token) {
        this.token = token;
    }

    /** The raw token. Never log it; use {@link #fingerprint()}. */
    public String token() {
        return token;
    }

    /** A short SHA-256 fingerprint of the token, safe for logs. */
    public String fingerprint() {
        return SessionToken.fingerprint(token);
    }

    @Override
    public void clear() {
        // Strings cannot be wiped; the credential holds no other secret.
    }

    @Override
    public String toString() {
        return "HankoSessionCredential[" + fingerprint() + "]";
    }
}
