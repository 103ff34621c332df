package dev.hankojakarta.shapes.unlisted;

import java.util.Set;

import dev.hankojakarta.shapes.listed.ListedResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * An application that lists its classes but forgets the library's feature: its {@code @RolesAllowed} would not be
 * enforced by the library, so the deployment must fail and say how to fix it.
 */
@ApplicationPath("/api")
public class UnlistedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ListedResource.class);
    }
}
