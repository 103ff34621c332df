package dev.hankojakarta.remote;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Hanko's public session API, as a MicroProfile REST client.
 *
 * <p>The client is built programmatically ({@code RestClientBuilder}) from {@code hanko.api-url} and the timeouts,
 * so that one key drives every call and no timeout is ever left to a server default. It returns the raw
 * {@link Response} because Hanko's status codes carry meaning the default exception mapper would blur: 200 with
 * {@code is_valid:false} is a bad token, 400 a token whose claims Hanko cannot parse, anything else an outage.
 *
 * <p>The path sits on the method, not on the interface: a JAX-RS runtime scanning the application would otherwise
 * take the interface for a resource of the application.
 */
public interface HankoSessionsApi {

    /** {@code POST /sessions/validate}: checks the token and, for a valid session, extends its idle window. */
    @POST
    @Path("/sessions/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response validate(ValidateSessionRequest request);
}
