package dev.hankojakarta.shapes.locators;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A CDI root resource with locators: a rule on the locator, on its class, and a public one. */
@Path("projects")
@RequestScoped
@RolesAllowed("user")
@Produces(MediaType.TEXT_PLAIN)
public class ProjectsResource {

    @GET
    public String list() {
        return "projects";
    }

    /** Admins only, whatever the tasks' own methods say. */
    @Path("{id}/admin")
    @RolesAllowed("admin")
    public TasksResource admin(@PathParam("id") String id) {
        return new TasksResource(id);
    }

    /** The class's rule: users. */
    @Path("{id}/notes")
    public NotesResource notes(@PathParam("id") String id) {
        return new NotesResource(id);
    }

    @Path("closed")
    @DenyAll
    public NotesResource closed() {
        return new NotesResource("closed");
    }

    /** Open to everyone; the notes' own rules still apply. */
    @Path("{id: [0-9]+}/public")
    @PermitAll
    public NotesResource open(@PathParam("id") String id) {
        return new NotesResource(id);
    }
}
