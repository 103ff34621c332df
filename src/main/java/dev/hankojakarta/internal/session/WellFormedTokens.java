package dev.hankojakarta.internal.session;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses tokens that are not a compact RS256 JWS with a JSON payload before the validator behind it sees them:
 * no signature check, no call to Hanko for them (README: "Where the token comes from").
 */
public final class WellFormedTokens implements SessionValidator {

    private static final Logger LOG = Logger.getLogger(WellFormedTokens.class.getName());

    private final SessionValidator delegate;

    public WellFormedTokens(SessionValidator delegate) {
        this.delegate = delegate;
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        try {
            token.requireWellFormed();
        } catch (SessionToken.MalformedTokenException e) {
            LOG.log(Level.FINE, () -> "Token " + token.fingerprint() + " rejected: " + e.getMessage());
            return new ValidationOutcome.Invalid(e.getMessage());
        }
        return delegate.validate(token);
    }
}
