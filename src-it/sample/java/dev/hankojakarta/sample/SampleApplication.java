package dev.hankojakarta.sample;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The sample application: JAX-RS resources protected with {@code @RolesAllowed}, nothing else. No web.xml, no
 * login configuration: the Hanko Jakarta jar in WEB-INF/lib does the authentication.
 */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin", "auditor"})
public class SampleApplication extends Application {
}
