package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** {@code hanko.cookie-name} and {@code hanko.groups.default} set by the application, and a path-prefixed api-url. */
class CustomConfigIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("custom", Map.of(
                // A trailing slash, as users paste it from Hanko's console.
                "hanko.api-url", hanko.apiUrl() + "/",
                "hanko.cookie-name", "sid",
                "hanko.groups.default", "user, admin"));
    }

    @Test
    void theConfiguredCookieNameCarriesTheToken() {
        TokenBuilder user = hanko.user();
        Http.Response response = new Http(deployment).cookie("api/me", "sid=" + user.sign());
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("userId"));
    }

    @Test
    void theDefaultCookieNameNoLongerCounts() {
        Http.Response response = new Http(deployment).cookie("api/me", "hanko=" + hanko.user().sign());
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
    }

    @Test
    void aCookieWhoseNameMerelyStartsWithTheConfiguredNameIsIgnored() {
        Http.Response response = new Http(deployment).cookie("api/me", "sid2=" + hanko.user().sign());
        assertEquals(401, response.status(), response::toString);
    }

    @Test
    void everyCallerGetsTheConfiguredDefaultGroups() {
        Http.Response response = new Http(deployment).bearer("api/admin", hanko.user().sign());
        assertEquals(200, response.status(), response::toString);
    }
}
