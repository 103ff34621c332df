package dev.hankojakarta.internal.admin;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One resource of Hanko's Admin API as a MicroProfile REST client, its whole URL the client's base (no {@code @Path}
 * a server could take for a resource of the application). Admin calls are rare, so a client is built per call.
 */
public interface HankoAdminApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@HeaderParam("Authorization") String authorization);

    @DELETE
    Response delete(@HeaderParam("Authorization") String authorization);
}
