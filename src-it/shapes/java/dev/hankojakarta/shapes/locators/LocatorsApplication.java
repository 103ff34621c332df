package dev.hankojakarta.shapes.locators;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Shape 2 of the access rules: sub-resource locators, whose rules govern the sub-resources they return. */
@ApplicationPath("/api")
@DeclareRoles({"user", "admin"})
public class LocatorsApplication extends Application {
}
