package dev.hankojakarta.shapes.servlets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An admin-only method that servlets forward to and include. */
@Path("vault")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_PLAIN)
public class VaultResource {

    @GET
    public String open() {
        return "the vault's contents";
    }
}
