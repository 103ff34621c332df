package dev.hankojakarta.shapes.locators;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A sub-resource with no class rule, reached through an admin-only locator. */
@Produces(MediaType.TEXT_PLAIN)
public class TasksResource {

    private final String project;

    public TasksResource(String project) {
        this.project = project;
    }

    @GET
    public String list() {
        return "tasks of " + project;
    }

    /** Says public, but the locator that leads here is for admins. */
    @GET
    @Path("open")
    @PermitAll
    public String open() {
        return "open tasks of " + project;
    }
}
