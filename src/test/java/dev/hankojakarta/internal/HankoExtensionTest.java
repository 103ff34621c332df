package dev.hankojakarta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.internal.config.ConfigReader;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.testing.Fakes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HankoExtensionTest {

    /**
     * A MicroProfile Config as implementations behave: an empty value is reported as no value, but its raw value is
     * the empty string; a key nobody set has neither.
     */
    private static Config config(Map<String, String> raw) {
        return Fakes.of(Config.class, (method, args) -> {
            if (!method.equals("getConfigValue")) {
                return Fakes.UNKNOWN;
            }
            String rawValue = raw.get((String) args[0]);
            String value = rawValue == null || rawValue.isEmpty() ? null : rawValue;
            return Fakes.of(ConfigValue.class, (m, a) -> switch (m) {
                case "getName" -> args[0];
                case "getValue" -> value;
                case "getRawValue" -> rawValue;
                default -> Fakes.UNKNOWN;
            });
        });
    }

    @Test
    void setKeyIsFound() {
        assertEquals(Optional.of("https://h"),
                HankoExtension.lookup(config(Map.of(HankoConfig.API_URL, "https://h"))).apply(HankoConfig.API_URL));
    }

    @Test
    void unsetKeyIsMissing() {
        assertEquals(Optional.empty(), HankoExtension.lookup(config(Map.of())).apply(HankoConfig.API_URL));
    }

    @Test
    void anExplicitlyEmptyKeyIsNotSet() {
        assertEquals(Optional.empty(),
                HankoExtension.lookup(config(Map.of(HankoConfig.GROUPS_DEFAULT, ""))).apply(HankoConfig.GROUPS_DEFAULT));
    }

    @Test
    void emptyDefaultGroupsAreNotSetSoTheDefaultApplies() {
        Config config = config(Map.of(HankoConfig.API_URL, "https://h", HankoConfig.GROUPS_DEFAULT, ""));
        assertEquals(Set.of("user"), ConfigReader.read(HankoExtension.lookup(config)).defaultGroups());
    }

    @Test
    void anEmptyValueIsToldApartWhereTheConfigShowsIt() {
        Config config = config(Map.of(HankoConfig.GROUPS_DEFAULT, "", HankoConfig.COOKIE_NAME, "sid"));
        assertTrue(HankoExtension.explicitlyEmpty(config, HankoConfig.GROUPS_DEFAULT));
        assertFalse(HankoExtension.explicitlyEmpty(config, HankoConfig.COOKIE_NAME));
        assertFalse(HankoExtension.explicitlyEmpty(config, HankoConfig.API_URL));
    }

    @Test
    void configWithoutTheKeyAtAllIsMissing() {
        Config config = Fakes.of(Config.class, (method, args) -> method.equals("getConfigValue") ? null : Fakes.UNKNOWN);
        assertEquals(Optional.empty(), HankoExtension.lookup(config).apply(HankoConfig.API_URL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hanko.example.com", "http://hanko:8000",
            "http://10.0.0.5:8000", "http://[2001:db8::1]:8000", "HTTP://hanko.example.com/tenant",
            "http://hanko_backend:8000"})
    void plainHttpToAnotherMachineIsWarnedAbout(String url) {
        Optional<String> warning = HankoExtension.plainHttpWarning(URI.create(url));
        assertTrue(warning.isPresent(), url);
        assertTrue(warning.get().startsWith("HANKO-012 hanko.api-url uses plain http to "
                + HankoConfig.hostOf(URI.create(url)) + ", which is not this machine"), warning.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hanko.example.com", "http://localhost:8000",
            "http://127.0.0.1:8000", "http://127.3.4.5", "http://[::1]:8000", "http://app.localhost:8000",
            "https://10.0.0.5"})
    void httpsAndLoopbackAreNot(String url) {
        assertEquals(Optional.empty(),
                HankoExtension.plainHttpWarning(URI.create(url)), url);
    }

    @jakarta.enterprise.context.ApplicationScoped
    static class GuardedService {
        @jakarta.annotation.security.RolesAllowed("admin") public void delete() { }
    }

    @jakarta.annotation.security.DenyAll
    static class ClosedService {
    }

    static class GuardedServlet extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;
        @jakarta.annotation.security.RolesAllowed("admin")
        @Override protected void doGet(jakarta.servlet.http.HttpServletRequest q, jakarta.servlet.http.HttpServletResponse r) { }
    }

    @jakarta.ejb.Stateless
    static class GuardedEjb {
        @jakarta.annotation.security.RolesAllowed("admin") public void delete() { }
    }

    @jakarta.ws.rs.Path("orders")
    static class GuardedResource {
        @jakarta.annotation.security.RolesAllowed("admin") @jakarta.ws.rs.GET public String get() { return ""; }
    }

    static class GuardedSubResource {
        @jakarta.annotation.security.RolesAllowed("admin") @jakarta.ws.rs.GET public String get() { return ""; }
    }

    interface GuardedApi {
        @jakarta.annotation.security.RolesAllowed("admin") @jakarta.ws.rs.GET String get();
    }

    static class ApiImplementation implements GuardedApi {
        @Override public String get() { return ""; }
    }

    @Test
    void rulesNothingEnforcesAreLoggedWithTheFix() {
        for (Class<?> type : List.of(GuardedService.class, ClosedService.class, GuardedServlet.class)) {
            Optional<String> warning = HankoExtension.unenforcedRuleWarning(type);
            assertTrue(warning.isPresent(), type.getName());
            assertTrue(warning.get().startsWith("HANKO-023 " + type.getName() + " carries"), warning.get());
            assertTrue(warning.get().contains("make the bean an EJB"), warning.get());
        }
    }

    @Test
    void rulesTheContainerOrTheLibraryEnforceAreNot() {
        for (Class<?> type : List.of(GuardedEjb.class, GuardedResource.class, GuardedSubResource.class,
                GuardedApi.class, ApiImplementation.class)) {
            assertEquals(Optional.empty(), HankoExtension.unenforcedRuleWarning(type), type.getName());
        }
    }

    @jakarta.enterprise.context.RequestScoped
    static class RequestScopedResource {
    }

    static class PlainClass {
    }

    @Test
    void principalInjectionIsAllowedInRequestScopedBeansOnly() {
        assertTrue(HankoExtension.requestScoped(bean(jakarta.enterprise.context.RequestScoped.class), PlainClass.class));
        assertFalse(HankoExtension.requestScoped(bean(jakarta.enterprise.context.ApplicationScoped.class),
                RequestScopedResource.class), "the bean's scope decides, when there is a bean");
        assertFalse(HankoExtension.requestScoped(bean(jakarta.enterprise.context.Dependent.class), PlainClass.class),
                "a dependent bean lives as long as whoever holds it");
        assertTrue(HankoExtension.requestScoped(null, RequestScopedResource.class),
                "no bean (Liberty's JAX-RS resources): the class's scope annotation");
        assertFalse(HankoExtension.requestScoped(null, PlainClass.class), "a servlet, a provider the runtime creates");
    }

    private static jakarta.enterprise.inject.spi.Bean<?> bean(Class<? extends java.lang.annotation.Annotation> scope) {
        return Fakes.of(jakarta.enterprise.inject.spi.Bean.class, (method, args) -> method.equals("getScope")
                ? scope : Fakes.UNKNOWN);
    }
}
