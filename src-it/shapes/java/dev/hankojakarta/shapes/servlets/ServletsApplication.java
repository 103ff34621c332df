package dev.hankojakarta.shapes.servlets;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Shape 4 of the access rules: servlets the container guards, and dispatches to a protected JAX-RS method. */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class ServletsApplication extends Application {
}
