package dev.hankojakarta.jwks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Hanko's JSON Web Key Set, as a MicroProfile REST client; the body is parsed by nimbus-jose-jwt. */
public interface HankoJwksApi {

    @GET
    @Path("/.well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    Response jwks();
}
