package dev.hankojakarta.bench.floor;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Logs a fixed caller in whenever an Authorization header is present, without any validation: what Jakarta Security
 * itself costs per authenticated request on this server, the floor no real mechanism can go below.
 */
@ApplicationScoped
public class FixedCallerMechanism implements HttpAuthenticationMechanism {

    /**
     * {@code floor.distinct-callers=true}: one caller per distinct header instead of one fixed caller, so that the
     * container's own per-caller costs show as they do with many real users.
     */
    private boolean distinctCallers;

    @PostConstruct
    void init() {
        distinctCallers = ConfigProvider.getConfig().getOptionalValue("floor.distinct-callers", Boolean.class)
                .orElse(false);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            String caller = distinctCallers ? "floor-" + Integer.toHexString(authorization.hashCode()) : "floor-user";
            return context.notifyContainerAboutLogin(caller, Set.of("user"));
        }
        // No token, no caller: the request goes on anonymously (the ceiling's public resource).
        return context.doNothing();
    }
}
