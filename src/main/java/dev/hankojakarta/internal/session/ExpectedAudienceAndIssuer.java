package dev.hankojakarta.internal.session;

import java.util.Optional;

/**
 * {@code hanko.token.audience} and {@code hanko.token.issuer} applied to the claims of a session Hanko says is valid.
 * The local check enforces them before any call; this applies them where Hanko decides alone: in {@code remote}
 * mode, and in {@code hybrid} mode while no signing keys have been fetched yet. Without it, a setting a user made to
 * narrow what counts as valid would be silently ignored there.
 */
public final class ExpectedAudienceAndIssuer implements SessionValidator {

    private final SessionValidator delegate;
    private final Optional<String> audience;
    private final Optional<String> issuer;

    private ExpectedAudienceAndIssuer(SessionValidator delegate, Optional<String> audience, Optional<String> issuer) {
        this.delegate = delegate;
        this.audience = audience;
        this.issuer = issuer;
    }

    /** {@code delegate} itself when neither setting is made. */
    public static SessionValidator around(SessionValidator delegate, Optional<String> audience, Optional<String> issuer) {
        return audience.isEmpty() && issuer.isEmpty() ? delegate : new ExpectedAudienceAndIssuer(delegate, audience, issuer);
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome outcome = delegate.validate(token);
        if (outcome instanceof ValidationOutcome.Valid valid) {
            SessionClaims claims = valid.claims();
            if (audience.isPresent() && !claims.audience().contains(audience.get())) {
                return new ValidationOutcome.Invalid("audience does not match hanko.token.audience");
            }
            if (issuer.isPresent() && !issuer.equals(claims.issuer())) {
                return new ValidationOutcome.Invalid("issuer does not match hanko.token.issuer");
            }
        }
        return outcome;
    }
}
