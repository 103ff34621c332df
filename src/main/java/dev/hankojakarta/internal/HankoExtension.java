package dev.hankojakarta.internal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

import dev.hankojakarta.internal.config.ConfigReader;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.HankoConfigException;
import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism;
import dev.hankojakarta.internal.store.HankoIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
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
     * The beans that only make sense while the mechanism is enabled. {@code HankoPrincipalProducer} stays: an
     * application that switches Hanko off in one environment still deploys with its {@code @Inject HankoPrincipal}
     * (which is then null).
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
        } catch (HankoConfigException e) {
            event.addDefinitionError(new DeploymentException(e.getMessage(), e));
        }
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
