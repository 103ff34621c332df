package dev.hankojakarta.internal.jwks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Hanko's JSON Web Key Set ({@code {hanko.api-url}/.well-known/jwks.json}, the client's whole base URL, so that the
 * interface carries no {@code @Path} a server could take for a resource), as a MicroProfile REST client; the body is
 * parsed by nimbus-jose-jwt.
 */
public interface HankoJwksApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response jwks();
}
