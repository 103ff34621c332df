package dev.hankojakarta.shapes.scopes;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hankojakarta.HankoCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An {@code @ApplicationScoped} resource, public, asking each kind of bean who is calling. */
@ApplicationScoped
@Path("caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    @Inject
    HankoCaller caller;

    @Inject
    ApplicationScopedBean applicationScoped;

    @Inject
    SingletonBean singleton;

    @GET
    public Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("resource", CallerNames.of(caller));
        callers.put("applicationScoped", applicationScoped.caller());
        callers.put("singletonEjb", singleton.caller());
        return callers;
    }
}
