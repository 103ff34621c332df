package dev.hankojakarta.internal;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.jaxrs.HankoFeature;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment of an application whose JAX-RS {@code Application} lists its classes without
 * {@link HankoFeature}: listing turns scanning off, so the library's access rules would silently not apply to its
 * resources, and on some servers (RESTEasy) {@code @RolesAllowed} would then not be enforced at all.
 *
 * <p>A servlet container initializer, because every server runs those at deployment, before any request, and hands
 * them the application's {@code Application} subclasses whether or not CDI or JAX-RS discovers them. It creates each
 * subclass with its public no-argument constructor (as JAX-RS runtimes do) to read what it lists; one it cannot
 * create is reported, not guessed about.
 */
@HandlesTypes(Application.class)
public class ListedClassesCheck implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(ListedClassesCheck.class.getName());

    @Override
    public void onStartup(Set<Class<?>> types, ServletContext context) throws ServletException {
        if (types == null || types.isEmpty() || !enabled(context.getClassLoader())) {
            return;
        }
        List<String> unprotected = new ArrayList<>();
        for (Class<?> type : types) {
            if (!Application.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())
                    || type.isInterface()) {
                continue;
            }
            verdict(type).ifPresent(unprotected::add);
        }
        if (!unprotected.isEmpty()) {
            String message = "HANKO-020 " + String.join(", ", unprotected) + " list" + (unprotected.size() == 1 ? "s" : "")
                    + " classes in getClasses() or getSingletons(), which turns JAX-RS scanning off: Hanko Jakarta's"
                    + " access rules (@RolesAllowed, @PermitAll, @DenyAll on resources) would not be enforced there."
                    + " Add " + HankoFeature.class.getName() + ".class to the classes returned by getClasses().";
            LOG.severe(message);
            // Payara and WildFly fail the deployment on the exception; Open Liberty logs it (CWWWC0001W) and starts
            // the application all the same. The filter keeps it from serving anything there.
            FilterRegistration.Dynamic refuse = context.addFilter(RefuseAll.class.getName(), new RefuseAll());
            if (refuse != null) {
                refuse.addMappingForUrlPatterns(null, false, "/*");
            }
            throw new ServletException(message);
        }
    }

    /** The class name when it lists classes but not {@link HankoFeature}; empty when it is fine. */
    static Optional<String> verdict(Class<?> type) {
        Application application;
        try {
            application = (Application) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, () -> "HANKO-021 Cannot create " + type.getName() + " (" + e.getClass().getSimpleName()
                    + ") to check whether it lists " + HankoFeature.class.getName() + ". If its getClasses() or"
                    + " getSingletons() returns anything, make sure that class is among them; otherwise the library's"
                    + " access rules do not apply to its resources.");
            return Optional.empty();
        }
        Set<Class<?>> classes = orEmpty(application.getClasses());
        Set<Object> singletons = orEmpty(application.getSingletons());
        if (classes.isEmpty() && singletons.isEmpty()) {
            return Optional.empty(); // scanning: the library's providers are discovered
        }
        if (classes.contains(HankoFeature.class) || singletons.stream().anyMatch(HankoFeature.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(type.getName());
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    /** {@code hanko.enabled=false} hands security to the application's own mechanism: nothing to check then. */
    private static boolean enabled(ClassLoader loader) {
        try {
            return ConfigProvider.getConfig(loader).getOptionalValue(HankoConfig.ENABLED, Boolean.class).orElse(true);
        } catch (RuntimeException e) {
            return true; // no configuration to read yet: check, rather than let an unprotected application start
        }
    }

    /** Answers every request of an application that failed the check: 503, a short body, nothing of it runs. */
    static final class RefuseAll implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Cache-Control", "no-store");
            http.setContentType("application/json");
            http.getWriter().write("{\"error\":\"misconfigured\"}");
        }
    }
}
