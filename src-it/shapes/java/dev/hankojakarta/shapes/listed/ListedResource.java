package dev.hankojakarta.shapes.listed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A resource registered by listing, not by scanning: a class-level rule, a method override, public and denied methods. */
@Path("listed")
@RolesAllowed("user")
@Produces(MediaType.TEXT_PLAIN)
public class ListedResource {

    @GET
    public String mine(@Context SecurityContext security) {
        return "mine of " + security.getUserPrincipal().getName();
    }

    @GET
    @Path("admin")
    @RolesAllowed("admin")
    public String admin(@Context SecurityContext security) {
        return "admin " + security.getUserPrincipal().getName();
    }

    @GET
    @Path("public")
    @PermitAll
    public String open() {
        return "public";
    }

    @GET
    @Path("never")
    @DenyAll
    public String never() {
        return "never";
    }
}
