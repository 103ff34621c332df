package dev.hankojakarta.internal;

import dev.hankojakarta.HankoPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** Lets request-scoped code {@code @Inject HankoPrincipal}; the value is null for anonymous callers. */
@ApplicationScoped
public class HankoPrincipalProducer {

    @Inject
    SecurityContext securityContext;

    @Produces
    @Dependent
    HankoPrincipal currentPrincipal() {
        return securityContext.getPrincipalsByType(HankoPrincipal.class).stream().findFirst().orElse(null);
    }
}
