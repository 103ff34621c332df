package dev.hankojakarta.sample;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Only for callers that the application's own {@link AuditorGroups} store makes auditors. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @GET
    @RolesAllowed("auditor")
    public Map<String, Object> audit(@Context SecurityContext security) {
        return Map.of("auditor", security.getUserPrincipal().getName());
    }
}
