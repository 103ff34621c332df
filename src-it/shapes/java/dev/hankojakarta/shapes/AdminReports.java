package dev.hankojakarta.shapes;

import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * An EJB whose method the container guards with {@code @RolesAllowed}, and one that reports the EJB's caller. The
 * roles it asks about with {@code isCallerInRole} are declared, as Enterprise Beans requires.
 */
@Stateless
@DeclareRoles({"user", "admin"})
public class AdminReports {

    @Resource
    SessionContext session;

    @RolesAllowed("admin")
    public String report() {
        return "report for " + session.getCallerPrincipal().getName();
    }

    @PermitAll
    public Map<String, Object> caller() {
        return Map.of("name", session.getCallerPrincipal().getName(),
                "admin", session.isCallerInRole("admin"),
                "user", session.isCallerInRole("user"));
    }
}
