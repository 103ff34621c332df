package dev.hankojakarta.internal.mechanism;

import java.util.List;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;

/**
 * One resource method's access rule, checked against the request's authentication {@link Attempt}. Registered by
 * {@link HankoAccessFeature}.
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

    @Override
    public void filter(ContainerRequestContext request) {
        if (kind == Kind.PERMIT_ALL) {
            request.setProperty(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE, Boolean.TRUE);
            return;
        }
        Object attempt = request.getProperty(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE);
        if (!(attempt instanceof Attempt found)) {
            // The mechanism did not run for this request (switched off); the server's own rules apply.
            return;
        }
        if (found.answer() != null) {
            request.abortWith(found.answer().toResponse());
            return;
        }
        if (kind == Kind.ROLES_ALLOWED) {
            SecurityContext security = request.getSecurityContext();
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
        }
        request.abortWith(Answer.FORBIDDEN.toResponse());
    }
}
