package dev.hankojakarta.shapes.inherit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An interface whose methods carry the JAX-RS annotations and the security annotations beside them (JAX-RS §3.6). */
@Produces(MediaType.TEXT_PLAIN)
public interface SecretApi {

    @GET
    @RolesAllowed("admin")
    String secret();

    @GET
    @Path("open")
    @PermitAll
    String open();

    @GET
    @Path("plain")
    String plain();
}
