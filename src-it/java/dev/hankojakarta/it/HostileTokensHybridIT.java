package dev.hankojakarta.it;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link HostileTokensContract} in the default mode, hybrid (cache off, so that nothing hides a call). */
class HostileTokensHybridIT extends HostileTokensContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("hostilehybrid", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.cache.ttl", "0"));
    }
}
