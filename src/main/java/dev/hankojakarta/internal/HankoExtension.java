package dev.hankojakarta.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

import dev.hankojakarta.HankoPrincipal;
import dev.hankojakarta.internal.config.ConfigReader;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.HankoConfigException;
import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism;
import dev.hankojakarta.internal.store.HankoIdentityStore;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Reads the configuration once while the application deploys, fails the deployment when it cannot work, and removes
 * the library's beans when {@code hanko.enabled=false}.
 *
 * <p>Removing the beans, rather than keeping a mechanism that does nothing, matters: Jakarta Security accepts only
 * one {@code HttpAuthenticationMechanism} bean, so an application that switches Hanko off to use another mechanism
 * must not see ours at all.
 */
public class HankoExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(HankoExtension.class.getName());

    /**
     * The beans that only make sense while the mechanism is enabled. {@code CurrentHankoCaller} and
     * {@code HankoPrincipalProducer} stay: an application that switches Hanko off in one environment still deploys
     * with its {@code @Inject HankoCaller} (whose principal is then empty) or {@code @Inject HankoPrincipal} (null).
     */
    private static final Set<Class<?>> MECHANISM_BEANS = Set.of(
            HankoAuthenticationMechanism.class, HankoIdentityStore.class, HankoBeans.class);

    private boolean enabled = true;
    private HankoConfig config;

    void readEnabled(@Observes BeforeBeanDiscovery event) {
        enabled = ConfigReader.enabled(lookup(config()));
        if (!enabled) {
            LOG.info("Hanko Jakarta is switched off (hanko.enabled=false); its authentication mechanism is not installed.");
        }
    }

    void vetoWhenDisabled(@Observes @WithAnnotations(ApplicationScoped.class) ProcessAnnotatedType<?> event) {
        if (!enabled && MECHANISM_BEANS.contains(event.getAnnotatedType().getJavaClass())) {
            event.veto();
        }
    }

    /**
     * {@code @Inject HankoPrincipal} is refused except in {@code @RequestScoped} beans: the injected value is fixed
     * when the bean is created, so a bean that outlives the request ({@code @ApplicationScoped}, an EJB, a servlet,
     * a JAX-RS provider, a {@code @Dependent} bean held by one of those) would hand its first caller's identity to
     * every later request. {@code HankoCaller} answers per request in every scope.
     */
    void refusePrincipalInjection(@Observes ProcessInjectionPoint<?, HankoPrincipal> event) {
        InjectionPoint point = event.getInjectionPoint();
        if (requestScoped(point.getBean(), point.getMember().getDeclaringClass())) {
            return;
        }
        event.addDefinitionError(new DeploymentException("HANKO-022 " + point.getMember().getDeclaringClass().getName()
                + "." + point.getMember().getName() + " injects HankoPrincipal outside a @RequestScoped bean, where it"
                + " would keep the caller of the request that created the bean. Inject dev.hankojakarta.HankoCaller"
                + " and call principal() instead: it answers for the current request in beans of every scope."));
    }

    /**
     * Whether the injecting bean lives for one request. Without a bean (Open Liberty injects JAX-RS resources through
     * an injection target of their own), the declaring class's scope annotation tells.
     */
    static boolean requestScoped(Bean<?> bean, Class<?> declaringClass) {
        return bean != null ? bean.getScope() == RequestScoped.class
                : declaringClass.isAnnotationPresent(RequestScoped.class);
    }

    /** {@code HANKO-023}, once per class: security annotations where nothing enforces them. */
    void warnOfUnenforcedRules(@Observes @WithAnnotations({RolesAllowed.class, DenyAll.class})
            ProcessAnnotatedType<?> event) {
        if (enabled) {
            unenforcedRuleWarning(event.getAnnotatedType().getJavaClass()).ifPresent(LOG::severe);
        }
    }

    /**
     * {@code HANKO-023} for a bean whose {@code @RolesAllowed} or {@code @DenyAll} nobody enforces: CDI does not,
     * and neither the EJB container (it is no EJB) nor the library's JAX-RS feature (it has no JAX-RS annotation, so
     * it is no resource or sub-resource) sees its methods called. Logged, not refused: an application may enforce the
     * annotations with an interceptor of its own.
     */
    static Optional<String> unenforcedRuleWarning(Class<?> type) {
        // abstract classes: their concrete subclasses are judged (an EJB may inherit the rules)
        if (type.isInterface() || type.isAnnotation() || Modifier.isAbstract(type.getModifiers()) || isEjb(type)
                || isJaxrs(type)) {
            return Optional.empty();
        }
        return Optional.of("HANKO-023 " + type.getName() + " carries @RolesAllowed or @DenyAll, but it is neither a"
                + " JAX-RS resource nor an EJB, and nothing enforces those annotations on other beans (CDI does not):"
                + " its methods run for every caller. Put the rule on the JAX-RS resource method that calls it, make"
                + " the bean an EJB (@Stateless), or check dev.hankojakarta.HankoCaller in the method.");
    }

    private static boolean isEjb(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.equals("jakarta.ejb.Stateless") || name.equals("jakarta.ejb.Stateful")
                    || name.equals("jakarta.ejb.Singleton") || name.equals("jakarta.ejb.MessageDriven")) {
                return true;
            }
        }
        return false;
    }

    /** A resource or sub-resource: {@code @Path} on the class, or a JAX-RS annotation on one of its methods. */
    private static boolean isJaxrs(Class<?> type) {
        if (type.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    if (a.annotationType() == Path.class || a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                        return true;
                    }
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                if (isJaxrs(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    void readConfiguration(@Observes AfterBeanDiscovery event) {
        if (!enabled) {
            return;
        }
        Config source = config();
        try {
            config = ConfigReader.read(lookup(source));
            if (explicitlyEmpty(source, HankoConfig.GROUPS_DEFAULT)) {
                LOG.warning(() -> "HANKO-011 " + HankoConfig.GROUPS_DEFAULT + " is empty, which MicroProfile Config "
                        + "treats as not set: every caller gets the default group '" + HankoConfig.DEFAULT_GROUPS
                        + "'. For no default group write " + HankoConfig.GROUPS_DEFAULT + "=" + HankoConfig.NO_GROUPS
                        + ".");
            }
            plainHttpWarning(config.apiUrl()).ifPresent(LOG::warning);
        } catch (HankoConfigException e) {
            event.addDefinitionError(new DeploymentException(e.getMessage(), e));
        }
    }

    /**
     * {@code HANKO-012} for plain {@code http} to a host other than this machine: anyone on the path could answer
     * {@code is_valid: true} for any token, or serve signing keys of their own. Loopback hosts are recognised by name
     * ({@code localhost}) or as literal addresses, never by a DNS lookup.
     */
    static Optional<String> plainHttpWarning(URI apiUrl) {
        if (!"http".equalsIgnoreCase(apiUrl.getScheme()) || loopback(HankoConfig.hostOf(apiUrl))) {
            return Optional.empty();
        }
        return Optional.of("HANKO-012 " + HankoConfig.API_URL + " uses plain http to " + HankoConfig.hostOf(apiUrl)
                + ", which is not this machine: anyone on the network path can answer that any token is valid and"
                + " serve signing keys of their own. Use https, or plain http only to a Hanko on loopback.");
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        h = h.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return h.startsWith("127.");
        }
        return h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** The validated configuration; present once the deployment passed bean discovery. */
    public HankoConfig configuration() {
        if (config == null) {
            throw new IllegalStateException("Hanko Jakarta's configuration was not read; see the deployment log.");
        }
        return config;
    }

    private static Config config() {
        return ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Looks a key up, its environment-variable form included. An empty value is not set, as MicroProfile Config
     * specifies ({@code getOptionalValue}); servers differ in whether they still show it as a raw value, so the
     * library never gives an empty value a meaning of its own.
     */
    static Function<String, Optional<String>> lookup(Config config) {
        return key -> {
            ConfigValue value = config.getConfigValue(key);
            return value == null ? Optional.empty() : Optional.ofNullable(value.getValue());
        };
    }

    /** Whether the key is set to an empty value, where the server's MicroProfile Config shows that at all. */
    static boolean explicitlyEmpty(Config config, String key) {
        ConfigValue value = config.getConfigValue(key);
        if (value == null) {
            return false;
        }
        String raw = value.getRawValue() != null ? value.getRawValue() : value.getValue();
        return raw != null && raw.isBlank();
    }
}
