package dev.hankojakarta.jaxrs;

import dev.hankojakarta.internal.mechanism.EjbAccessFeature;
import dev.hankojakarta.internal.mechanism.HankoAccessFeature;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The library's JAX-RS side, for an {@code Application} that lists its classes. A non-empty
 * {@code getClasses()} or {@code getSingletons()} turns JAX-RS scanning off (Jakarta REST, section 2.3.2), and with
 * it the discovery of the library's providers that enforce {@code @RolesAllowed}, {@code @PermitAll} and
 * {@code @DenyAll} by the README's outcome table. List this class among them:
 * <pre>{@code
 * @Override
 * public Set<Class<?>> getClasses() {
 *     return Set.of(Orders.class, Invoices.class, HankoFeature.class);
 * }
 * }</pre>
 * An application that lists its classes without it fails to deploy, with a message that says so ({@code HANKO-020};
 * Open Liberty starts it all the same, and it then answers every request with 503).
 * Applications that rely on scanning (an empty {@code Application} subclass) need nothing.
 */
public final class HankoFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(HankoAccessFeature.class);
        new EjbAccessFeature().configure(context);
        return true;
    }
}
