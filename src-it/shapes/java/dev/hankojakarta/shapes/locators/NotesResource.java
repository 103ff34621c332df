package dev.hankojakarta.shapes.locators;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A sub-resource returned by several locators, with rules of its own. */
@Produces(MediaType.TEXT_PLAIN)
public class NotesResource {

    private final String project;

    public NotesResource(String project) {
        this.project = project;
    }

    @GET
    public String all() {
        return "notes of " + project;
    }

    @GET
    @Path("secret")
    @RolesAllowed("admin")
    public String secret() {
        return "secret notes of " + project;
    }

    @GET
    @Path("public")
    @PermitAll
    public String pub() {
        return "public notes of " + project;
    }
}
