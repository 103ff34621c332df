package dev.hankojakarta.internal;

import dev.hankojakarta.HankoPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Lets {@code @RequestScoped} beans {@code @Inject HankoPrincipal}; the value is null for anonymous callers.
 * {@code @Dependent}, since a normal scope cannot hold null: the value is fixed when the injecting bean is created,
 * which is why {@link HankoExtension} refuses the injection anywhere but in a {@code @RequestScoped} bean.
 */
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
