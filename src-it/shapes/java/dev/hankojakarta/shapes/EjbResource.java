package dev.hankojakarta.shapes;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource without security annotations of its own that calls the guarded EJB: the EJB container decides. */
@Path("ejb")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EjbResource {

    @EJB
    AdminReports reports;

    @GET
    @Path("report")
    public Map<String, Object> report() {
        return Map.of("report", reports.report());
    }

    @GET
    @Path("caller")
    public Map<String, Object> caller() {
        return reports.caller();
    }
}
