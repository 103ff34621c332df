package dev.hankojakarta;

import java.util.Optional;

/**
 * The caller of the current request, wherever it is injected: {@code @Inject HankoCaller caller} in a bean of any
 * scope ({@code @ApplicationScoped}, {@code @Singleton} and stateless EJBs, servlets, JAX-RS providers and resources)
 * always answers for the request being served, never for an earlier one.
 * <pre>{@code
 * @ApplicationScoped
 * public class Orders {
 *     @Inject HankoCaller caller;
 *
 *     public List<Order> mine() {
 *         String userId = caller.principal().orElseThrow().userId();
 *         ...
 *     }
 * }
 * }</pre>
 * It reads Jakarta Security's {@code SecurityContext} on every call, so it holds nothing of a request itself. (A
 * {@code HankoPrincipal} may be injected only into {@code @RequestScoped} beans: an injected value is fixed when the
 * bean is created, and a bean that outlives the request would keep its first caller. Elsewhere the deployment fails
 * with {@code HANKO-022}.)
 */
public interface HankoCaller {

    /** The Hanko user of the current request; empty when the caller is anonymous or there is no request. */
    Optional<HankoPrincipal> principal();

    /** Whether the current request's caller is a Hanko user. */
    default boolean isAuthenticated() {
        return principal().isPresent();
    }
}
