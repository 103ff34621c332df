package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** README, "Calls to Hanko" and "Configuration": Hanko unreachable at start-up is not a deployment error, and the application recovers by itself. */
class HankoDownAtDeploymentIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        use(HankoStandIn.startDown());
        return SampleDeployment.war("down", Map.of("hanko.api-url", hanko.apiUrl().toString()));
    }

    @Test
    void theApplicationDeploysAnswers503WhileHankoIsDownAndServesOnceItIsUp() {
        Http http = new Http(deployment);
        TokenBuilder user = hanko.user();
        String token = user.sign();

        Http.Response down = http.bearer("api/me", token);
        assertEquals(503, down.status(), down::toString);
        Http.Response open = http.bearer("api/public", token);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));

        hanko.heal();
        Http.Response up = http.bearer("api/me", token);
        assertEquals(200, up.status(), up::toString);
        assertEquals(user.userId(), up.json("userId"));
    }
}
