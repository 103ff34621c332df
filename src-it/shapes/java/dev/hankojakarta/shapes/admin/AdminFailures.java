package dev.hankojakarta.shapes.admin;

import dev.hankojakarta.HankoAdminException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** How this application answers a failed admin call: the reason and the library's message, 502 or 404. */
@Provider
public class AdminFailures implements ExceptionMapper<HankoAdminException> {

    @Override
    public Response toResponse(HankoAdminException e) {
        int status = e.reason() == HankoAdminException.Reason.NOT_FOUND ? 404 : 502;
        return Response.status(status).type(MediaType.TEXT_PLAIN).entity(e.reason() + ": " + e.getMessage()).build();
    }
}
