package dev.hankojakarta.internal.remote;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
 * <p>The client's base is the endpoint's whole URL ({@code {hanko.api-url}/sessions/validate}): without any
 * {@code @Path}, no server scanning the application takes the interface for a resource of the application.
 */
public interface HankoSessionsApi {

    /** {@code POST /sessions/validate}: checks the token and, for a valid session, extends its idle window. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response validate(ValidateSessionRequest request);
}
