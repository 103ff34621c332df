package dev.hankojakarta.bench.floor;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The load benchmark's floor: the same protected resource as the sample, behind a mechanism that checks nothing. */
@ApplicationPath("/api")
@DeclareRoles("user")
public class FloorApplication extends Application {
}
