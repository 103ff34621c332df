package dev.hankojakarta.internal.mechanism;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Keeps Jersey's WADL (Payara) from describing the application to anyone who asks: {@code GET application.wadl}
 * answers 404, and an {@code OPTIONS} request keeps its {@code Allow} header but loses the WADL body. A description of
 * every protected path, its parameters and types, served to anonymous callers, is more than a security library lets
 * through; an application that wants to publish its API does so on purpose (OpenAPI, its own page).
 */
final class NoApiDescription implements ContainerRequestFilter, ContainerResponseFilter {

    /** Whether the resource class is one of Jersey's WADL handlers. */
    static boolean describes(Class<?> resourceClass) {
        return resourceClass != null && resourceClass.getName().startsWith("org.glassfish.jersey.server.wadl.");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.hasEntity()) {
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
        }
    }
}
