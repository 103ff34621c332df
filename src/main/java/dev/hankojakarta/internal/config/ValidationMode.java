package dev.hankojakarta.internal.config;

import java.util.Locale;
import java.util.Optional;

/** {@code hanko.validation}: who decides whether a session token is valid. */
public enum ValidationMode {

    /** Hanko's {@code POST /sessions/validate} decides, revocation and idle timeout included. */
    REMOTE,
    /**
     * Signature and expiry are checked against Hanko's JWKS only, without a call per token. Fast, but a session that
     * was logged out, revoked or idled out stays valid until its token expires.
     */
    LOCAL,
    /**
     * A local check first rejects forged, expired and malformed tokens without a network call; then Hanko decides.
     * The default.
     */
    HYBRID;

    static Optional<ValidationMode> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
