package dev.hankojakarta.shapes.inherit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A CDI resource that inherits its admin methods from {@link AdminBase} and declares methods for users. */
@Path("inherited")
@RequestScoped
@RolesAllowed("user")
@Produces(MediaType.TEXT_PLAIN)
public class InheritedResource extends AdminBase<String> {

    @GET
    @Path("own")
    public String own() {
        return "own";
    }

    @Override
    public String item(String id) {
        return "item " + id;
    }
}
