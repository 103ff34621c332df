package dev.hankojakarta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.jaxrs.HankoFeature;
import dev.hankojakarta.testing.Fakes;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

/** An application that lists its classes must list HankoFeature too, or it does not deploy. */
class ListedClassesCheckTest {

    public static class Scanned extends Application {
    }

    public static class Listed extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(String.class, HankoFeature.class);
        }
    }

    public static class ListedAsSingleton extends Application {
        @Override
        public Set<Object> getSingletons() {
            return Set.of(new HankoFeature());
        }
    }

    public static class Forgotten extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(String.class);
        }
    }

    public static class ForgottenSingletons extends Application {
        @Override
        public Set<Object> getSingletons() {
            return Set.of("a resource");
        }
    }

    public static class NoDefaultConstructor extends Application {
        public NoDefaultConstructor(String ignored) {
        }
    }

    public abstract static class Abstract extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(String.class);
        }
    }

    @Test
    void scannedOrListingTheFeatureIsFine() {
        assertEquals(Optional.empty(), ListedClassesCheck.verdict(Scanned.class));
        assertEquals(Optional.empty(), ListedClassesCheck.verdict(Listed.class));
        assertEquals(Optional.empty(), ListedClassesCheck.verdict(ListedAsSingleton.class));
    }

    @Test
    void listingWithoutTheFeatureIsNamed() {
        assertEquals(Optional.of(Forgotten.class.getName()), ListedClassesCheck.verdict(Forgotten.class));
        assertEquals(Optional.of(ForgottenSingletons.class.getName()), ListedClassesCheck.verdict(ForgottenSingletons.class));
    }

    @Test
    void anApplicationThatCannotBeCreatedIsReportedNotGuessedAbout() {
        assertEquals(Optional.empty(), ListedClassesCheck.verdict(NoDefaultConstructor.class));
    }

    @Test
    void theDeploymentFailsWithTheFix() {
        ServletException failure = assertThrows(ServletException.class, () -> new ListedClassesCheck()
                .onStartup(Set.of(Scanned.class, Forgotten.class, Abstract.class), context()));
        assertTrue(failure.getMessage().startsWith("HANKO-020 " + Forgotten.class.getName() + " lists classes"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Add dev.hankojakarta.jaxrs.HankoFeature.class to the classes"),
                failure.getMessage());
        assertEquals(java.util.Map.of(ListedClassesCheck.RefuseAll.class.getName(), "/*"), filters,
                "servers that start the application despite the exception serve nothing of it");
    }

    @Test
    void nothingToCheckIsNoFailure() throws ServletException {
        new ListedClassesCheck().onStartup(null, context());
        new ListedClassesCheck().onStartup(Set.of(Scanned.class, Listed.class, Abstract.class), context());
        assertEquals(java.util.Map.of(), filters);
    }

    /** Filters the check added, by name, with their URL patterns. */
    private final java.util.Map<String, String> filters = new java.util.HashMap<>();

    private ServletContext context() {
        return Fakes.of(ServletContext.class, (method, args) -> switch (method) {
            case "getClassLoader" -> ListedClassesCheckTest.class.getClassLoader();
            case "addFilter" -> Fakes.of(jakarta.servlet.FilterRegistration.Dynamic.class, (m, a) -> {
                if (m.equals("addMappingForUrlPatterns")) {
                    filters.put((String) args[0], String.join(",", (String[]) a[2]));
                    return null;
                }
                return Fakes.UNKNOWN;
            });
            default -> Fakes.UNKNOWN;
        });
    }
}
