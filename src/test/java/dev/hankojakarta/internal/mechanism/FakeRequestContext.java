package dev.hankojakarta.internal.mechanism;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import dev.hankojakarta.testing.Fakes;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * A JAX-RS request as the access filter sees it: the properties the servlet request's attributes show through, the
 * caller's roles, and the answer the filter aborted with, if any.
 */
final class FakeRequestContext {

    final Map<String, Object> properties = new HashMap<>();
    private Set<String> roles = Set.of();
    private boolean containerCaller;
    /** What JAX-RS matched: the resource first, then the objects whose locators led to it. */
    List<Object> matchedResources = List.of(new Object());
    /** The request's path relative to the application. */
    String path = "";
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

    /** The mechanism did not run, but the container holds a caller with these roles (another mechanism's). */
    static FakeRequestContext containerCaller(String... roles) {
        FakeRequestContext request = new FakeRequestContext();
        request.roles = Set.of(roles);
        request.containerCaller = true;
        return request;
    }

    /** A request that reached its method through locators: the sub-resource first, outermost last. */
    FakeRequestContext through(String path, Object... matched) {
        this.path = path;
        matchedResources = List.of(matched);
        return this;
    }

    ContainerRequestContext context() {
        boolean authenticated = containerCaller
                || properties.get(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE) instanceof Attempt.Authenticated;
        Principal caller = authenticated ? () -> "user-1" : null;
        SecurityContext security = Fakes.of(SecurityContext.class, (method, args) -> switch (method) {
            case "isUserInRole" -> roles.contains((String) args[0]);
            case "getUserPrincipal" -> caller;
            default -> Fakes.UNKNOWN;
        });
        UriInfo uriInfo = Fakes.of(UriInfo.class, (method, args) -> switch (method) {
            case "getMatchedResources" -> matchedResources;
            case "getPath" -> path;
            default -> Fakes.UNKNOWN;
        });
        return Fakes.of(ContainerRequestContext.class, (method, args) -> switch (method) {
            case "getProperty" -> properties.get((String) args[0]);
            case "setProperty" -> {
                properties.put((String) args[0], args[1]);
                yield null;
            }
            case "getSecurityContext" -> security;
            case "getUriInfo" -> uriInfo;
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
