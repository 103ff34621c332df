package dev.hankojakarta.internal.session;

/**
 * {@code hanko.validation=hybrid}: the local check rejects forged, expired and malformed tokens without a network
 * call; tokens that pass it go to Hanko, which alone knows about logout, revocation and idle timeout. When the local
 * check cannot tell (no JWKS yet), Hanko decides alone.
 */
public final class HybridSessionValidator implements SessionValidator {

    private final SessionValidator local;
    private final SessionValidator remote;

    public HybridSessionValidator(SessionValidator local, SessionValidator remote) {
        this.local = local;
        this.remote = remote;
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome first = local.validate(token);
        if (first instanceof ValidationOutcome.Invalid) {
            return first;
        }
        return remote.validate(token);
    }
}
