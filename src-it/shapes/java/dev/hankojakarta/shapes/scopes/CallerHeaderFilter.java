package dev.hankojakarta.shapes.scopes;

import dev.hankojakarta.HankoCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** A JAX-RS provider, created once: it names the caller in a response header. */
@Provider
@ApplicationScoped
public class CallerHeaderFilter implements ContainerResponseFilter {

    @Inject
    HankoCaller caller;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Caller", CallerNames.of(caller));
    }
}
