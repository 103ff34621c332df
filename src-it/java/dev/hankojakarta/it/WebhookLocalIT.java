package dev.hankojakarta.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link WebhookContract} in local mode, where without webhooks a token stays valid until its exp. */
class WebhookLocalIT extends WebhookContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return webhookApplication("webhooklocal", "local");
    }
}
