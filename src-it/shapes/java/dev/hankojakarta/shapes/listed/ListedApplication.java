package dev.hankojakarta.shapes.listed;

import java.util.Set;

import dev.hankojakarta.jaxrs.HankoFeature;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Shape 1 of the access rules: an application that lists its classes (JAX-RS turns scanning off) and, as the README
 * says, the library's {@link HankoFeature} among them.
 */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class ListedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ListedResource.class, HankoFeature.class);
    }
}
