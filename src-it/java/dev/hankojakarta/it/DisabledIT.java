package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code hanko.enabled=false}: the library stands aside. The application deploys without {@code hanko.api-url}, no
 * Hanko token authenticates anybody, and Hanko is never asked.
 */
class DisabledIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        // No hanko.api-url: with the mechanism switched off, its absence must not fail the deployment.
        return SampleDeployment.war("disabled", Map.of("hanko.enabled", "false"));
    }

    @Test
    void aValidHankoTokenAuthenticatesNobodyAndHankoIsNeverAsked() {
        dev.hankojakarta.testkit.TokenBuilder user = hanko.user();
        String token = user.sign();
        // What the server answers is then its own business and that of the application's other mechanism (Payara,
        // with no mechanism at all, answers 401 even on @PermitAll); it is never the Hanko user, and never a 404 of an
        // application that failed to deploy.
        Http.Response cookie = http().cookie("api/public", "hanko=" + token);
        assertNotEquals(404, cookie.status(), "the application did not deploy: " + cookie);
        assertFalse(cookie.body().contains(user.userId()), cookie::toString);
        for (String path : new String[] {"api/public", "api/whoami", "api/me"}) {
            Http.Response response = http().bearer(path, token);
            assertFalse(response.body().contains(user.userId()), response::toString);
        }
        assertEquals(0, hanko.validateCalls());
        assertEquals(0, hanko.jwksCalls());
    }
}
