package dev.hankojakarta;

import jakarta.security.enterprise.credential.Credential;

/**
 * A Hanko session token presented by a caller, as handed by the mechanism to the container's
 * {@code IdentityStoreHandler}.
 *
 * <p>Identity stores of the application see it too; the default {@code IdentityStore.validate(Credential)} does not
 * know it and answers {@code NOT_VALIDATED}, so stores for other credentials keep working. {@link #toString()} never
 * shows the token.
 */
public final class HankoSessionCredential implements Credential {

    private final String token;

    public HankoSessionCredential(String token) {
        this.token = token;
    }

    /** The raw token. Never log it. */
    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // Strings cannot be wiped; the credential holds no other secret.
    }

    @Override
    public String toString() {
        return "HankoSessionCredential[token hidden]";
    }
}
