package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * README, "Calls to Hanko" and "Configuration": without {@code hanko.api-url} the deployment fails and says how to fix it.
 *
 * <p>Each server logs its own line when an application has started; the server's Maven profile gives it as the
 * system property {@code it.deployedMarker} ({@code %s}: the application's name). A well-configured control
 * application proves that the marker is the one this server logs, so that its absence for the broken application
 * means something.
 */
@ExtendWith(ArquillianExtension.class)
class MissingApiUrlIT {

    private static final String BROKEN = "broken";
    private static final String CONTROL = "control";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = BROKEN, managed = false, testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return SampleDeployment.war("noapiurl", Map.of("hanko.groups.claim", "roles"));
    }

    @Deployment(name = CONTROL, managed = false, testable = false)
    static WebArchive control() {
        // Hanko being unreachable at start-up is no deployment error (HankoDownAtDeploymentIT); nothing listens here.
        return SampleDeployment.war("withapiurl", Map.of("hanko.api-url", "http://127.0.0.1:9"));
    }

    @Test
    void theDeploymentFailsWithAMessageNamingTheKeyItsEnvironmentVariableAndAnExample() {
        String marker = System.getProperty("it.deployedMarker");
        assertNotNull(marker, "it.deployedMarker: the server's 'application started' log line, set by its profile");

        int before = ServerLog.text().length();
        Deployments.attempt(deployer, BROKEN);
        String log = ServerLog.text().substring(before);
        assertTrue(log.contains("hanko.api-url (environment variable HANKO_API_URL) is not set"), log);
        assertTrue(log.contains("hanko.api-url=https://<project-id>.hanko.io"), "an example value");
        assertFalse(log.contains(String.format(marker, "noapiurl")), "the application must not start");

        int beforeControl = ServerLog.text().length();
        Deployments.attempt(deployer, CONTROL);
        String controlLog = ServerLog.text().substring(beforeControl);
        assertTrue(controlLog.contains(String.format(marker, "withapiurl")),
                "the server logs '" + String.format(marker, "withapiurl") + "' for an application that starts");
    }
}
