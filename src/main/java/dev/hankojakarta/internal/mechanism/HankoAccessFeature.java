package dev.hankojakarta.internal.mechanism;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on JAX-RS resource methods the same way on
 * every server, from the outcome the mechanism already found for the request (no second call to Hanko).
 *
 * <p>Servers disagree here: RESTEasy on WildFly ignores {@code @RolesAllowed} on CDI resources, Payara's own filter
 * re-invokes the mechanism as if {@code @PermitAll} methods were protected. A filter of the library's own, at
 * authentication priority, gives the answers of the README's outcome table before any server filter runs. Method annotations override
 * class annotations, as Jakarta Annotations specifies.
 */
@Provider
public class HankoAccessFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        HankoAccessFilter filter = rule(method);
        if (filter == null && type != null) {
            filter = rule(type);
        }
        if (filter != null) {
            context.register(filter, Priorities.AUTHENTICATION);
        }
    }

    private static HankoAccessFilter rule(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return HankoAccessFilter.denyAll();
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return HankoAccessFilter.rolesAllowed(List.of(roles.value()));
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return HankoAccessFilter.permitAll();
        }
        return null;
    }
}
