package dev.hankojakarta.it;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link HostileTokensContract} in the local mode. */
class HostileTokensLocalIT extends HostileTokensContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("hostilelocal", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.validation", "local",
                "hanko.cache.ttl", "0"));
    }
}
