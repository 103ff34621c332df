package dev.hankojakarta.sample;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Only for callers whose token's {@code roles} claim holds {@code admin} ({@code hanko.groups.claim=roles}). */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @GET
    @RolesAllowed("admin")
    public Map<String, Object> admin(@Context SecurityContext security) {
        return Map.of("admin", security.getUserPrincipal().getName());
    }
}
