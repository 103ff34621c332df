package dev.hankojakarta.sample;

import java.util.Set;

import dev.hankojakarta.HankoPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * An application's own group store beside Hanko: users with a verified address at {@code auditors.example} are
 * auditors. This is how an application maps Hanko users to its roles without Hanko knowing about them.
 */
@ApplicationScoped
public class AuditorGroups implements IdentityStore {

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        if (result.getCallerPrincipal() instanceof HankoPrincipal user
                && user.email().filter(e -> e.verified() && e.address().endsWith("@auditors.example")).isPresent()) {
            return Set.of("auditor");
        }
        return Set.of();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.PROVIDE_GROUPS);
    }
}
