package dev.hankojakarta.internal.store;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.HankoPrincipal;
import dev.hankojakarta.HankoSessionCredential;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.HankoUnavailableException;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates {@link HankoSessionCredential}s and answers {@code NOT_VALIDATED} for every other credential, so that it
 * lives beside the application's own stores. The caller's groups come with the result; the container merges in
 * those of the application's {@code PROVIDE_GROUPS} stores.
 *
 * <p>When Hanko cannot tell, the store throws {@link HankoUnavailableException} rather than answering
 * {@code INVALID}: the difference between "bad token" (401) and "Hanko is down" (503) must reach the mechanism, and a
 * {@link CredentialValidationResult} has no status for it.
 */
@ApplicationScoped
public class HankoIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(HankoIdentityStore.class.getName());

    @Inject
    HankoConfig config;

    @Inject
    SessionValidator validator;

    private CallerGroups groups;

    @PostConstruct
    void init() {
        groups = new CallerGroups(config);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof HankoSessionCredential hanko)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SessionToken token;
        try {
            token = SessionToken.of(hanko.token());
        } catch (SessionToken.MalformedTokenException e) {
            LOG.log(Level.FINE, () -> "Token " + SessionToken.fingerprint(hanko.token()) + " rejected: " + e.getMessage());
            return CredentialValidationResult.INVALID_RESULT;
        }
        ValidationOutcome outcome = validator.validate(token);
        if (outcome instanceof ValidationOutcome.Valid valid) {
            HankoPrincipal principal = valid.claims().principal(valid.idleExpiresAt());
            Set<String> callerGroups = groups.of(valid.claims());
            return new CredentialValidationResult(principal, callerGroups);
        }
        if (outcome instanceof ValidationOutcome.Unavailable unavailable) {
            throw new HankoUnavailableException(unavailable.reason());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
