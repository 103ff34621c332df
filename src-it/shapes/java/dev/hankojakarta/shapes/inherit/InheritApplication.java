package dev.hankojakarta.shapes.inherit;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Shape 3 of the access rules: rules on a generic abstract base class and on an interface, found by scanning. */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class InheritApplication extends Application {
}
