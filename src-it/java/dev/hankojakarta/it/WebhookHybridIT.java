package dev.hankojakarta.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link WebhookContract} in the default hybrid mode. */
class WebhookHybridIT extends WebhookContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return webhookApplication("webhookhybrid", "hybrid");
    }
}
