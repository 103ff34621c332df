package dev.hankojakarta.sample;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The smallest protected answer: the caller's name. The load benchmark measures it. */
@Path("whoami")
public class WhoAmIResource {

    @GET
    @RolesAllowed("user")
    @Produces(MediaType.TEXT_PLAIN)
    public String whoami(@Context SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
