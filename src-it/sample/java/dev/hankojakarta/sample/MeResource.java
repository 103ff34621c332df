package dev.hankojakarta.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who is calling: every field of the {@link HankoPrincipal}, as each API reaches it. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    HankoPrincipal injected;

    @Inject
    HankoCaller caller;

    @Inject
    jakarta.security.enterprise.SecurityContext securityContext;

    @GET
    @RolesAllowed("user")
    public Map<String, Object> me(@Context SecurityContext jaxrs) {
        HankoPrincipal user = securityContext.getPrincipalsByType(HankoPrincipal.class).iterator().next();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("jaxrsName", jaxrs.getUserPrincipal().getName());
        me.put("securityName", securityContext.getCallerPrincipal().getName());
        me.put("injectedUserId", injected == null ? null : injected.userId());
        me.put("callerUserId", caller.principal().map(HankoPrincipal::userId).orElse(null));
        me.put("userId", user.userId());
        me.put("sessionId", user.sessionId());
        user.email().ifPresent(email -> {
            me.put("email", email.address());
            me.put("emailVerified", email.verified());
            me.put("emailPrimary", email.primary());
        });
        user.username().ifPresent(username -> me.put("username", username));
        me.put("amr", user.amr());
        me.put("expiresAt", user.expiresAt().toString());
        user.idleExpiresAt().ifPresent(t -> me.put("idleExpiresAt", t.toString()));
        me.put("claims", user.claims());
        me.put("admin", jaxrs.isUserInRole("admin"));
        me.put("auditor", jaxrs.isUserInRole("auditor"));
        return me;
    }
}
