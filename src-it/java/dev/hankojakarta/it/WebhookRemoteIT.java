package dev.hankojakarta.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link WebhookContract} in remote mode, whose key set is fetched for the webhooks alone. */
class WebhookRemoteIT extends WebhookContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return webhookApplication("webhookremote", "remote");
    }
}
