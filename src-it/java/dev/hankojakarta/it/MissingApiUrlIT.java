package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CONTRACT §1: without {@code hanko.api-url} the deployment fails and says how to fix it. */
@ExtendWith(ArquillianExtension.class)
class MissingApiUrlIT {

    private static final String BROKEN = "broken";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = BROKEN, managed = false, testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return SampleDeployment.war("noapiurl", Map.of("hanko.groups.claim", "roles"));
    }

    @Test
    void theDeploymentFailsWithAMessageNamingTheKeyItsEnvironmentVariableAndAnExample() {
        int before = ServerLog.text().length();
        try {
            // Payara Micro's connector reports a failed deployment only in the log; other connectors throw.
            deployer.deploy(BROKEN);
        } catch (RuntimeException expected) {
            // the deployment failed, as it must
        } finally {
            try {
                deployer.undeploy(BROKEN);
            } catch (RuntimeException ignored) {
                // nothing was deployed
            }
        }
        String log = ServerLog.text().substring(before);
        assertTrue(log.contains("hanko.api-url (environment variable HANKO_API_URL) is not set"), log);
        assertTrue(log.contains("hanko.api-url=https://<project-id>.hanko.io"), "an example value");
        assertFalse(log.contains("noapiurl was successfully deployed"), "the application must not start");
    }
}
