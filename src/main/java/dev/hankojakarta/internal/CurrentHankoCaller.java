package dev.hankojakarta.internal;

import java.util.Optional;

import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * {@link HankoCaller}: asks Jakarta Security's {@link SecurityContext}, which knows the caller of the request (or EJB
 * invocation) on the current thread, on every call.
 */
@ApplicationScoped
public class CurrentHankoCaller implements HankoCaller {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<HankoPrincipal> principal() {
        try {
            return securityContext.getPrincipalsByType(HankoPrincipal.class).stream().findFirst();
        } catch (RuntimeException e) {
            // Outside a request (a timer, a thread of the application's own) some servers throw: nobody is calling.
            return Optional.empty();
        }
    }
}
