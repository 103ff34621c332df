package dev.hankojakarta.shapes.inherit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A generic base class whose rule covers the methods it declares, in every subclass (Jakarta Annotations); the
 * subclass's own rule covers what the subclass declares, overrides included.
 */
@RolesAllowed("admin")
public abstract class AdminBase<T> {

    @GET
    @Path("report")
    public String report(@Context SecurityContext security) {
        return "report for " + security.getUserPrincipal().getName();
    }

    @GET
    @Path("status")
    @PermitAll
    public String status() {
        return "up";
    }

    @GET
    @Path("item/{id}")
    public abstract T item(@PathParam("id") String id);
}
