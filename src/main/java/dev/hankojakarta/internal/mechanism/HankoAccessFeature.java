package dev.hankojakarta.internal.mechanism;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * authentication priority, gives the answers of the README's outcome table before any server filter runs.
 *
 * <p>The rule of a resource method is the first found of (README, "Which rule applies"):
 * <ol>
 * <li>the method's own annotation;</li>
 * <li>the annotation of a method it overrides or implements, superclasses first, then interfaces (JAX-RS §3.6
 *     inherits the JAX-RS annotations from there, so the security annotations written beside them apply too);</li>
 * <li>the class that declares the method (Jakarta Annotations: a class-level rule covers the methods the class
 *     declares, so a rule on an abstract base class covers them in every subclass);</li>
 * <li>the types that declare the methods of step 2;</li>
 * <li>the resource class itself, so that an inherited method of an unannotated base class is not left public in an
 *     annotated subclass.</li>
 * </ol>
 */
@Provider
public class HankoAccessFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        HankoAccessFilter filter = ruleFor(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (filter != null) {
            context.register(filter, Priorities.AUTHENTICATION);
        }
    }

    /** The rule for {@code method} of resource class {@code type}, or null when nothing governs it. */
    static HankoAccessFilter ruleFor(Method method, Class<?> type) {
        if (method == null) {
            return type == null ? null : rule(type);
        }
        method = implementation(method, type);
        HankoAccessFilter found = rule(method);
        if (found != null) {
            return found;
        }
        List<Method> overridden = overriddenBy(method, type);
        for (Method m : overridden) {
            found = rule(m);
            if (found != null) {
                return found;
            }
        }
        found = rule(method.getDeclaringClass());
        if (found != null) {
            return found;
        }
        for (Method m : overridden) {
            found = rule(m.getDeclaringClass());
            if (found != null) {
                return found;
            }
        }
        return type == null ? null : rule(type);
    }

    /**
     * The method of the resource class that runs for {@code method}: some servers report the method that carries the
     * JAX-RS annotations (an interface's, a superclass's) rather than the one that overrides it.
     */
    private static Method implementation(Method method, Class<?> type) {
        if (type == null || method.getDeclaringClass() == type || !method.getDeclaringClass().isAssignableFrom(type)) {
            return method;
        }
        try {
            Method implementation = type.getMethod(method.getName(), method.getParameterTypes());
            return implementation.isBridge() ? method : implementation;
        } catch (NoSuchMethodException | SecurityException e) {
            return method;
        }
    }

    /**
     * The methods {@code method} overrides or implements: those of its supertypes (and of the resource class's, where
     * the method is inherited) with its name and parameters, superclasses before interfaces, nearest first.
     */
    private static List<Method> overriddenBy(Method method, Class<?> type) {
        Set<Class<?>> supertypes = new LinkedHashSet<>();
        Class<?> start = type != null && method.getDeclaringClass().isAssignableFrom(type) ? type
                : method.getDeclaringClass();
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = start; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAssignableFrom(method.getDeclaringClass())) {
                supertypes.add(c); // a subclass's own methods overload, they do not override; its interfaces count
            }
            classes.add(c);
        }
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> c : classes) {
            for (Class<?> i : c.getInterfaces()) {
                pending.add(i);
            }
        }
        while (!pending.isEmpty()) {
            Class<?> i = pending.poll();
            if (supertypes.add(i)) {
                for (Class<?> parent : i.getInterfaces()) {
                    pending.add(parent);
                }
            }
        }
        supertypes.remove(method.getDeclaringClass());
        List<Method> found = new ArrayList<>();
        for (Class<?> c : supertypes) {
            Method m = sameSignature(c, method);
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /**
     * The method of {@code type} that {@code method} overrides: the same name and parameter types or, where a generic
     * type parameter was erased, parameter types {@code method}'s are assignable to.
     */
    private static Method sameSignature(Class<?> type, Method method) {
        Method candidate = null;
        for (Method m : type.getDeclaredMethods()) {
            int modifiers = m.getModifiers();
            if (m.isBridge() || m.isSynthetic() || Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)
                    || !m.getName().equals(method.getName())
                    || m.getParameterCount() != method.getParameterCount()) {
                continue;
            }
            Class<?>[] theirs = m.getParameterTypes();
            Class<?>[] ours = method.getParameterTypes();
            boolean exact = true;
            boolean assignable = true;
            for (int p = 0; p < ours.length; p++) {
                exact &= theirs[p] == ours[p];
                assignable &= theirs[p].isAssignableFrom(ours[p]);
            }
            if (exact) {
                return m;
            }
            if (assignable && candidate == null) {
                candidate = m;
            }
        }
        return candidate;
    }

    private static HankoAccessFilter rule(AnnotatedElement element) {
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
