package dev.hankojakarta.bench.floor;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The load benchmark's floor: the same protected resource as the sample, behind a mechanism that checks nothing.
 * {@code @RolesAllowed} is enforced by Jersey's own {@code RolesAllowedDynamicFeature} (named, not imported: the
 * server provides it), as an application without this library would need, so that the floor pays for the role check
 * as the library does.
 */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class FloorApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
