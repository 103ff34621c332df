package dev.hankojakarta.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.HankoAdminException;
import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;
import dev.hankojakarta.HankoSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's sessions at Hanko, through {@link HankoAdmin}: {@code GET api/sessions} lists them,
 * {@code POST api/sessions/sign-out-everywhere} ends them ({@code ?keep-this=true}: all but the current one). A
 * session ended here gets 401 on its next call, whatever the cache holds.
 */
@RequestScoped
@Path("sessions")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    HankoAdmin admin;

    @Inject
    HankoCaller caller;

    @GET
    public Response list() {
        HankoPrincipal me = caller.principal().orElseThrow();
        try {
            List<Map<String, Object>> sessions = new ArrayList<>();
            for (HankoSession session : admin.sessions(me.userId())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", session.id());
                row.put("current", session.id().equals(me.sessionId()));
                row.put("userAgent", session.userAgent().orElse(null));
                row.put("createdAt", session.createdAt().toString());
                row.put("lastUsed", session.lastUsed().toString());
                sessions.add(row);
            }
            return Response.ok(Map.of("sessions", sessions)).build();
        } catch (HankoAdminException e) {
            return failed(e);
        }
    }

    @POST
    @Path("sign-out-everywhere")
    public Response signOutEverywhere(@QueryParam("keep-this") boolean keepThis) {
        HankoPrincipal me = caller.principal().orElseThrow();
        try {
            int ended = admin.revokeAllSessions(me.userId(), keepThis ? Optional.of(me.sessionId()) : Optional.empty());
            return Response.ok(Map.of("ended", ended)).build();
        } catch (HankoAdminException e) {
            return failed(e);
        }
    }

    private static Response failed(HankoAdminException e) {
        int status = e.reason() == HankoAdminException.Reason.NOT_CONFIGURED ? 501 : 502;
        return Response.status(status).entity(Map.of("error", e.reason().name(), "message", e.getMessage())).build();
    }
}
