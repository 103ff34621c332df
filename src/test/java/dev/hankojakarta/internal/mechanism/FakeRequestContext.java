package dev.hankojakarta.internal.mechanism;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import dev.hankojakarta.testing.Fakes;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A JAX-RS request as the access filter sees it: the properties the servlet request's attributes show through, the
 * caller's roles, and the answer the filter aborted with, if any.
 */
final class FakeRequestContext {

    final Map<String, Object> properties = new HashMap<>();
    private Set<String> roles = Set.of();
    Response abortedWith;

    /** The mechanism found nothing to log in with. */
    static FakeRequestContext after(Attempt attempt) {
        FakeRequestContext request = new FakeRequestContext();
        request.properties.put(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE, attempt);
        return request;
    }

    /** The mechanism logged a caller in, who has these roles. */
    static FakeRequestContext authenticated(String... roles) {
        FakeRequestContext request = after(new Attempt.Authenticated(new CredentialValidationResult("user-1")));
        request.roles = Set.of(roles);
        return request;
    }

    ContainerRequestContext context() {
        SecurityContext security = Fakes.of(SecurityContext.class, (method, args) -> switch (method) {
            case "isUserInRole" -> roles.contains((String) args[0]);
            default -> Fakes.UNKNOWN;
        });
        return Fakes.of(ContainerRequestContext.class, (method, args) -> switch (method) {
            case "getProperty" -> properties.get((String) args[0]);
            case "setProperty" -> {
                properties.put((String) args[0], args[1]);
                yield null;
            }
            case "getSecurityContext" -> security;
            case "abortWith" -> {
                if (abortedWith != null) {
                    throw new IllegalStateException("aborted twice");
                }
                abortedWith = (Response) args[0];
                yield null;
            }
            default -> Fakes.UNKNOWN;
        });
    }

    boolean markedPublic() {
        return Boolean.TRUE.equals(properties.get(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE));
    }
}
