package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.hankojakarta.shapes.listed.ListedApplication;
import dev.hankojakarta.shapes.listed.ListedResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Shape 1, explicit registration: an {@code Application} whose {@code getClasses()} lists its resources and
 * {@code HankoFeature}. Scanning is off, and the access rules answer by the outcome table all the same.
 */
class ListedClassesIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("listed", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.claim", "roles"), ListedApplication.class, ListedResource.class);
    }

    private String admin() {
        return hanko.user().claim("roles", List.of("admin")).sign();
    }

    @Test
    void anonymousIs401WithTheBearerChallenge() {
        Http.Response response = new Http(deployment).get("api/listed");
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
    }

    @Test
    void anInvalidTokenIs401() {
        Http.Response response = new Http(deployment).bearer("api/listed", hanko.user().expired().sign());
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
    }

    @Test
    void theClassRuleLetsAUserIn() {
        Http.Response response = new Http(deployment).bearer("api/listed", hanko.user().sign());
        assertEquals(200, response.status(), response::toString);
    }

    @Test
    void theMethodRuleOverridesTheClassRule() {
        assertEquals(403, new Http(deployment).bearer("api/listed/admin", hanko.user().sign()).status());
        assertEquals(200, new Http(deployment).bearer("api/listed/admin", admin()).status());
        assertEquals(401, new Http(deployment).get("api/listed/admin").status());
    }

    @Test
    void permitAllStaysPublicEvenWithABadToken() {
        assertEquals(200, new Http(deployment).get("api/listed/public").status());
        assertEquals(200, new Http(deployment).bearer("api/listed/public", hanko.user().expired().sign()).status());
    }

    @Test
    void denyAllRefusesEveryone() {
        assertEquals(403, new Http(deployment).bearer("api/listed/never", admin()).status());
        assertEquals(401, new Http(deployment).get("api/listed/never").status());
    }
}
