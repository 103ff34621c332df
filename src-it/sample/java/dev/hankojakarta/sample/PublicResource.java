package dev.hankojakarta.sample;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Open to everyone; tells who the caller is, if anyone. */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    @GET
    @PermitAll
    public Map<String, Object> hello(@Context SecurityContext security) {
        Principal caller = security.getUserPrincipal();
        Map<String, Object> answer = new HashMap<>();
        answer.put("caller", caller == null ? null : caller.getName());
        return answer;
    }
}
