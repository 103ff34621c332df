package dev.hankojakarta.shapes.scopes;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Shape 5: the caller read through {@code HankoCaller} in beans that outlive a request. */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class ScopesApplication extends Application {
}
