package dev.hankojakarta.shapes.webhooks;

import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.HankoAdminException;
import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/session} for users: the caller's session; {@code GET /api/revocations}: what the observer saw. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class WebhookResources {

    @Inject
    HankoCaller caller;

    @Inject
    RevocationObserver observer;

    @Inject
    HankoAdmin admin;

    /** What HankoAdmin says without hanko.admin.api-url. */
    @GET
    @Path("admin-status")
    @RolesAllowed("user")
    public String adminStatus() {
        try {
            admin.sessions(caller.principal().orElseThrow().userId());
            return "configured";
        } catch (HankoAdminException e) {
            return e.reason() + " " + e.getMessage();
        }
    }

    @GET
    @Path("session")
    @RolesAllowed("user")
    public String session() {
        HankoPrincipal principal = caller.principal().orElseThrow();
        return principal.getName() + " " + principal.sessionId();
    }

    @GET
    @Path("revocations")
    @PermitAll
    public String revocations() {
        return String.join("\n", observer.seen());
    }
}
