package dev.hankojakarta.shapes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** State-changing endpoints a cross-origin page could aim the browser's cookie at. */
@Path("notes")
@Produces(MediaType.TEXT_PLAIN)
public class NotesResource {

    @POST
    @RolesAllowed("user")
    public String add(@Context SecurityContext security) {
        return "added by " + security.getUserPrincipal().getName();
    }

    @DELETE
    @RolesAllowed("user")
    public String clear(@Context SecurityContext security) {
        return "cleared by " + security.getUserPrincipal().getName();
    }

    @GET
    @RolesAllowed("user")
    public String list(@Context SecurityContext security) {
        return "notes of " + security.getUserPrincipal().getName();
    }

    @POST
    @Path("public")
    @PermitAll
    public String guestbook(@Context SecurityContext security) {
        return security.getUserPrincipal() == null ? "signed by a guest" : "signed by " + security.getUserPrincipal().getName();
    }
}
