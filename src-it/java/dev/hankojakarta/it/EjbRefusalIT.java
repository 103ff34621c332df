package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A JAX-RS resource without rules of its own calls an EJB method guarded by {@code @RolesAllowed("admin")}: the EJB
 * container refuses, and the caller gets the outcome table's answer (401 with the Bearer challenge when anonymous,
 * 403 when authenticated without the role), not the server's 500 error page. The EJB sees the Hanko caller.
 */
class EjbRefusalIT extends WithHankoStandIn {

    private static final String REPORT = "api/ejb/report";
    private static final String CALLER = "api/ejb/caller";

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("ejb", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.claim", "roles"));
    }

    @Test
    void anAnonymousCallerRefusedByAnEjbGets401WithTheBearerChallenge() {
        Http.Response response = http().get(REPORT);
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
        assertShortJson(response, "unauthorized");
    }

    @Test
    void anInvalidTokenRefusedByAnEjbGets401InvalidToken() {
        Http.Response response = http().bearer(REPORT, hanko.user().expired().sign());
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
    }

    @Test
    void anAuthenticatedCallerWithoutTheRoleRefusedByAnEjbGets403() {
        Http.Response response = http().bearer(REPORT, hanko.user().sign());
        assertEquals(403, response.status(), response::toString);
        assertNull(response.header("WWW-Authenticate"));
        assertShortJson(response, "forbidden");
    }

    @Test
    void aCallerWithTheRolePassesTheEjb() {
        TokenBuilder admin = hanko.user().claim("roles", List.of("admin"));
        Http.Response response = http().bearer(REPORT, admin.sign());
        assertEquals(200, response.status(), response::toString);
        assertEquals("report for " + admin.userId(), response.json("report"));
    }

    @Test
    void theEjbSeesTheHankoCallerAndItsRoles() {
        TokenBuilder user = hanko.user();
        Http.Response response = http().bearer(CALLER, user.sign());
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("name"));
        assertEquals(true, response.json("user"));
        assertEquals(false, response.json("admin"));
    }

    private static void assertShortJson(Http.Response response, String error) {
        assertEquals(error, response.json("error"), response::toString);
        assertFalse(response.body().contains("Exception"), response::toString);
        assertFalse(response.body().length() > 100, response::toString);
    }
}
