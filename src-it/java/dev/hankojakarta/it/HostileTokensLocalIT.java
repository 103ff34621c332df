package dev.hankojakarta.it;

import java.util.Map;

import dev.hankojakarta.standin.HankoStandIn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link HostileTokensContract} in the local mode. */
@ExtendWith(ArquillianExtension.class)
class HostileTokensLocalIT extends HostileTokensContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        hanko = HankoStandIn.start();
        return SampleDeployment.war("hostilelocal", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.validation", "local",
                "hanko.cache.ttl", "0"));
    }
}
