package dev.hankojakarta.internal.mechanism;

import java.util.function.Predicate;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Registers {@link EjbAccessDeniedMapper} where the server offers Enterprise Beans, so that a resource calling an EJB
 * method the caller may not use answers by the README's outcome table (401 or 403) instead of a server error page.
 *
 * <p>The mapper is a class of its own, loaded only after this check: on a server without Enterprise Beans (Open
 * Liberty without an {@code enterpriseBeans} feature) {@code jakarta.ejb} is not visible, and a provider that names
 * it would fail to load. The mapper's priority is below that of an application's own mappers (Jakarta REST picks
 * the mapper with the higher priority among those of the same exception type), so an application that maps
 * {@code EJBAccessException} itself keeps its answer.
 */
@Provider
public class EjbAccessFeature implements Feature {

    /** The priority the mapper is registered with: below {@link Priorities#USER}, the default of users' providers. */
    static final int PRIORITY = Priorities.USER + 1000;

    private final Predicate<String> classVisible;

    public EjbAccessFeature() {
        this(EjbAccessFeature::visible);
    }

    EjbAccessFeature(Predicate<String> classVisible) {
        this.classVisible = classVisible;
    }

    @Override
    public boolean configure(FeatureContext context) {
        if (!classVisible.test("jakarta.ejb.EJBAccessException")) {
            return false;
        }
        context.register(EjbAccessDeniedMapper.class, PRIORITY);
        return true;
    }

    private static boolean visible(String name) {
        try {
            Class.forName(name, false, EjbAccessFeature.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
