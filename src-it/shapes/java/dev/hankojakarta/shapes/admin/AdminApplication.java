package dev.hankojakarta.shapes.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** An application that lets its users see and end their sessions through {@code HankoAdmin}. */
@ApplicationPath("/api")
@DeclareRoles({"user"})
public class AdminApplication extends Application {
}
