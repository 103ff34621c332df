package dev.hankojakarta.bench.floor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A role the floor's caller lacks: the load benchmark checks that it answers 403, so that the floor checks roles. */
@Path("admin-only")
public class AdminOnlyResource {

    @GET
    @RolesAllowed("admin")
    @Produces(MediaType.TEXT_PLAIN)
    public String secret() {
        return "only for admins";
    }
}
