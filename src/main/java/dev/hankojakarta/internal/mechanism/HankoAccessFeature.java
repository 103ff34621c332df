package dev.hankojakarta.internal.mechanism;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hankojakarta.internal.config.ConfigReader;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

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

    /** The rules of sub-resource locators, shared by the application's methods. */
    private final SubResourceRules locators = new SubResourceRules();
    private volatile Boolean mechanismEnabled;

    /**
     * Registers the method's rules. Every method gets them, annotated or not: any method may be reached through a
     * sub-resource locator whose rule governs it, and JAX-RS shows the locators only at request time.
     */
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (NoApiDescription.describes(resourceInfo.getResourceClass())) {
            context.register(new NoApiDescription(), Priorities.AUTHENTICATION);
            return;
        }
        HankoAccessFilter own = ruleFor(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        context.register(new ResourceRules(own, locators, mechanismEnabled()), Priorities.AUTHENTICATION);
    }

    /** {@code hanko.enabled}, read once; where it cannot be read, the mechanism counts as enabled (fail closed). */
    private boolean mechanismEnabled() {
        Boolean enabled = mechanismEnabled;
        if (enabled == null) {
            try {
                Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
                enabled = ConfigReader.enabled(key -> config.getOptionalValue(key, String.class));
            } catch (RuntimeException e) {
                enabled = Boolean.TRUE;
            }
            mechanismEnabled = enabled;
        }
        return enabled;
    }

    /**
     * The method that carries the JAX-RS annotations of {@code method}: itself, or the one it overrides or implements
     * where JAX-RS inherits them from (Jakarta REST, section 3.6); null when there is none.
     */
    static Method jaxrsAnnotated(Method method, Class<?> type) {
        if (hasJaxrsAnnotation(method)) {
            return method;
        }
        for (Method m : overriddenBy(method, type)) {
            if (hasJaxrsAnnotation(m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasJaxrsAnnotation(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType() == Path.class || a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
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
            if (!implementation.isBridge()) {
                return implementation;
            }
            // a generic method overridden with concrete types: the override the bridge calls
            for (Method m : type.getMethods()) {
                if (!m.isBridge() && m.getName().equals(method.getName())
                        && m.getParameterCount() == method.getParameterCount()
                        && assignable(implementation.getParameterTypes(), m.getParameterTypes())) {
                    return m;
                }
            }
            return method;
        } catch (NoSuchMethodException | SecurityException e) {
            return method;
        }
    }

    private static boolean assignable(Class<?>[] to, Class<?>[] from) {
        for (int p = 0; p < to.length; p++) {
            if (!to[p].isAssignableFrom(from[p])) {
                return false;
            }
        }
        return true;
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
            Type[] generic = m.getGenericParameterTypes();
            Class<?>[] ours = method.getParameterTypes();
            boolean exact = true;
            boolean assignable = true;
            for (int p = 0; p < ours.length; p++) {
                exact &= theirs[p] == ours[p];
                // only a type variable erased to a supertype makes an override; otherwise it is an overload
                assignable &= theirs[p] == ours[p] || p < generic.length && generic[p] instanceof TypeVariable<?>
                        && theirs[p].isAssignableFrom(ours[p]);
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
