package dev.hankojakarta.internal.mechanism;

import java.util.List;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * One access rule ({@code @PermitAll}, {@code @RolesAllowed} or {@code @DenyAll}), checked against the request's
 * authentication {@link Attempt}. {@link ResourceRules} applies it, with the rules of the sub-resource locators that
 * led to the method; used alone, it is the filter of a method reached without a locator.
 */
final class HankoAccessFilter implements ContainerRequestFilter {

    private enum Kind { PERMIT_ALL, ROLES_ALLOWED, DENY_ALL }

    private final Kind kind;
    private final List<String> roles;

    private HankoAccessFilter(Kind kind, List<String> roles) {
        this.kind = kind;
        this.roles = roles;
    }

    static HankoAccessFilter permitAll() {
        return new HankoAccessFilter(Kind.PERMIT_ALL, List.of());
    }

    static HankoAccessFilter denyAll() {
        return new HankoAccessFilter(Kind.DENY_ALL, List.of());
    }

    static HankoAccessFilter rolesAllowed(List<String> roles) {
        return new HankoAccessFilter(Kind.ROLES_ALLOWED, List.copyOf(roles));
    }

    boolean permitsAll() {
        return kind == Kind.PERMIT_ALL;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (permitsAll()) {
            request.setProperty(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE, Boolean.TRUE);
            return;
        }
        Response refusal = refusal(request, true);
        if (refusal != null) {
            request.abortWith(refusal);
        }
    }

    /**
     * What the request gets instead of the method under this rule, or null when the rule lets it through.
     * {@code @PermitAll} lets everyone through.
     *
     * @param mechanismEnabled false with {@code hanko.enabled=false}: without the library's mechanism, the server's
     *        own rules apply. With it, a request the mechanism did not decide is judged by the identity the container
     *        holds (none: 401), so that no path runs a protected method for a caller nobody checked.
     */
    Response refusal(ContainerRequestContext request, boolean mechanismEnabled) {
        if (permitsAll()) {
            return null;
        }
        SecurityContext security = request.getSecurityContext();
        Object attempt = request.getProperty(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE);
        if (!(attempt instanceof Attempt found)) {
            if (!mechanismEnabled) {
                return null;
            }
            if (security == null || security.getUserPrincipal() == null) {
                return Answer.NO_TOKEN.toResponse();
            }
        } else if (found.answer() != null) {
            return found.answer().toResponse();
        }
        if (kind == Kind.ROLES_ALLOWED) {
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return null;
                }
            }
        }
        return Answer.FORBIDDEN.toResponse();
    }
}
