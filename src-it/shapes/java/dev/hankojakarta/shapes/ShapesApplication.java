package dev.hankojakarta.shapes;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The second test application: the shapes real applications have beside the sample's plain resources (EJBs called
 * from resources, ...), each of which must answer by the README's outcome table.
 */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class ShapesApplication extends Application {
}
