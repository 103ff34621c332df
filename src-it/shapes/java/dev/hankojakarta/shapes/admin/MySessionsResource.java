package dev.hankojakarta.shapes.admin;

import java.util.Optional;
import java.util.stream.Collectors;

import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's own sessions: list them, end one, sign out everywhere (keeping this one if asked). */
@Path("my")
@ApplicationScoped
@RolesAllowed("user")
@Produces(MediaType.TEXT_PLAIN)
public class MySessionsResource {

    @Inject
    HankoAdmin admin;

    @Inject
    HankoCaller caller;

    private HankoPrincipal me() {
        return caller.principal().orElseThrow();
    }

    @GET
    @Path("sessions")
    public String sessions() {
        return admin.sessions(me().userId()).stream().map(s -> s.id()).collect(Collectors.joining("\n"));
    }

    @DELETE
    @Path("sessions/{id}")
    public String revoke(@PathParam("id") String sessionId) {
        admin.revokeSession(me().userId(), sessionId);
        return "revoked";
    }

    @POST
    @Path("sign-out-everywhere")
    public String signOutEverywhere(@QueryParam("keep-this") boolean keepThis) {
        HankoPrincipal me = me();
        return Integer.toString(admin.revokeAllSessions(me.userId(),
                keepThis ? Optional.of(me.sessionId()) : Optional.empty()));
    }

    @GET
    @Path("user")
    public String user() {
        return admin.user(me().userId()).id();
    }
}
