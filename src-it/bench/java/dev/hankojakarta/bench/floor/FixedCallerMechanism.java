package dev.hankojakarta.bench.floor;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs a fixed caller in whenever a Bearer header is present, without any validation: what Jakarta Security itself
 * costs per authenticated request on this server, the floor no real mechanism can go below.
 */
@ApplicationScoped
public class FixedCallerMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (request.getHeader("Authorization") != null) {
            return context.notifyContainerAboutLogin("floor-user", Set.of("user"));
        }
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
}
