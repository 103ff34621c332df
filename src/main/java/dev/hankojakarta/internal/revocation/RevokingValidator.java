package dev.hankojakarta.internal.revocation;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;

/**
 * Outermost validator while webhooks are received: a valid answer (fresh, cached, or checked locally) about a session
 * Hanko announced as ended is invalid. Two hash lookups per request; not installed without {@code hanko.webhook.path}.
 */
public final class RevokingValidator implements SessionValidator {

    private static final Logger LOG = Logger.getLogger(RevokingValidator.class.getName());

    private final SessionValidator delegate;
    private final Revocations revocations;

    public RevokingValidator(SessionValidator delegate, Revocations revocations) {
        this.delegate = delegate;
        this.revocations = revocations;
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome outcome = delegate.validate(token);
        if (outcome instanceof ValidationOutcome.Valid valid && revocations.refuses(valid.claims())) {
            LOG.log(Level.FINE, () -> "Token " + token.fingerprint() + " rejected: its session was revoked at Hanko");
            return new ValidationOutcome.Invalid("session revoked at Hanko (webhook)");
        }
        return outcome;
    }
}
