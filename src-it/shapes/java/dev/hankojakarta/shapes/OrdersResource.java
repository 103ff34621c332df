package dev.hankojakarta.shapes;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The README's test-kit example: a resource only admins may use. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @GET
    @RolesAllowed("admin")
    public List<String> orders(@Context SecurityContext security) {
        return List.of("order of " + security.getUserPrincipal().getName());
    }
}
