package dev.hankojakarta.shapes.servlets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A CDI bean with {@code @RolesAllowed}, which nothing enforces (it is no EJB and no JAX-RS resource): the library
 * says so at deployment (HANKO-023).
 */
@ApplicationScoped
public class ReportService {

    @RolesAllowed("admin")
    public String report() {
        return "report";
    }
}
