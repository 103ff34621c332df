package dev.hankojakarta.internal;

import java.util.Set;
import java.util.logging.Logger;

import dev.hankojakarta.internal.config.ConfigReader;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.HankoConfigException;
import dev.hankojakarta.internal.revocation.WebhookServlet;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers the webhook endpoint at {@code hanko.webhook.path}, and nothing without it. A servlet of the library's
 * own, so that it works whatever the application's JAX-RS setup (listed classes, another application path, none).
 */
public class WebhookEndpoint implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(WebhookEndpoint.class.getName());

    @Override
    public void onStartup(Set<Class<?>> types, ServletContext context) {
        HankoConfig config;
        try {
            Config source = ConfigProvider.getConfig(context.getClassLoader());
            if (!ConfigReader.enabled(key -> source.getOptionalValue(key, String.class))) {
                return;
            }
            config = ConfigReader.read(key -> source.getOptionalValue(key, String.class));
        } catch (HankoConfigException | IllegalStateException e) {
            return; // the deployment fails on the configuration, with the message that says what to fix
        }
        config.webhookPath().ifPresent(path -> {
            ServletRegistration.Dynamic servlet = context.addServlet("hanko-webhook", new WebhookServlet());
            if (servlet == null) {
                LOG.severe("HANKO-032 The application already has a servlet named hanko-webhook; Hanko's webhooks are"
                        + " not received at " + path + ". Rename that servlet.");
                return;
            }
            Set<String> taken = servlet.addMapping(path);
            if (!taken.isEmpty()) {
                LOG.severe("HANKO-032 " + HankoConfig.WEBHOOK_PATH + "=" + path + " is mapped to another servlet of the"
                        + " application; Hanko's webhooks are not received there. Choose a path of its own.");
                return;
            }
            LOG.info("Receiving Hanko's webhooks at " + context.getContextPath() + path);
        });
    }
}
