package dev.hankojakarta.bench.floor;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The load benchmark's ceiling: an answer of the same size and kind as the protected {@code whoami}, served to anyone
 * without any authentication.
 */
@Path("public-whoami")
public class PublicWhoAmIResource {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String whoami() {
        return "00000000-0000-0000-0000-000000000000";
    }
}
